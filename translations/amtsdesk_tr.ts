<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AccessService</name>
    <message>
        <source>&quot;%1&quot; is not a valid login: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; geçerli bir kullanıcı adı değil: harf veya rakamla başlayan, en fazla 64 harf, rakam, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ya da &apos;@&apos; karakterinden oluşan bir ad kullanın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the program itself.</source>
        <translation>&quot;%1&quot; programın kendisi için ayrılmıştır.</translation>
    </message>
    <message>
        <source>This store already has users; its first administrator was named when it was created.</source>
        <translation>Bu veri deposunda zaten kullanıcılar var; ilk yöneticisi depo oluşturulurken belirlendi.</translation>
    </message>
    <message>
        <source>Amtsdesk (system)</source>
        <translation>Amtsdesk (sistem)</translation>
    </message>
    <message>
        <source>There is no user with the number %1.</source>
        <translation>%1 numaralı bir kullanıcı yok.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; has no user record in this store. Ask an administrator to add you.</source>
        <translation>&quot;%1&quot; kullanıcı adı için bu veri deposunda kullanıcı kaydı yok. Sizi eklemesi için bir yöneticiye başvurun.</translation>
    </message>
    <message>
        <source>Nobody can sign in as the program&apos;s own system actor.</source>
        <translation>Hiç kimse programın kendi sistem kullanıcısı olarak oturum açamaz.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is deactivated in this store.</source>
        <translation>&quot;%1&quot; kullanıcısı bu veri deposunda devre dışı bırakılmış.</translation>
    </message>
    <message>
        <source>%1 is not deputy for %2 today.</source>
        <translation>%1 bugün %2 için vekil değil.</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1, %2 yetkisine sahip değil: bunun için &quot;%3&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>There is no department with the code &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kodlu bir birim yok.</translation>
    </message>
    <message>
        <source>create departments</source>
        <translation>birim oluşturma</translation>
    </message>
    <message>
        <source>A department code must have 1 to 32 characters; &quot;%1&quot; has %2.</source>
        <translation>Bir birim kodu 1 ile 32 karakter arasında olmalıdır; &quot;%1&quot; %2 karakterden oluşuyor.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; needs a name of 1 to 200 characters.</source>
        <translation>&quot;%1&quot; biriminin adı 1 ile 200 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>A department with the code &quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; kodlu bir birim zaten var.</translation>
    </message>
    <message>
        <source>create users</source>
        <translation>kullanıcı oluşturma</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; needs a name of 1 to 200 characters.</source>
        <translation>&quot;%1&quot; kullanıcısının adı 1 ile 200 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken already.</source>
        <translation>&quot;%1&quot; kullanıcı adı zaten kullanılıyor.</translation>
    </message>
    <message>
        <source>grant roles</source>
        <translation>rol verme</translation>
    </message>
    <message>
        <source>The program&apos;s system actor has no roles.</source>
        <translation>Programın sistem kullanıcısının hiçbir rolü yoktur.</translation>
    </message>
    <message>
        <source>revoke roles</source>
        <translation>rol geri alma</translation>
    </message>
    <message>
        <source>The last administrator keeps that role: name another administrator first.</source>
        <translation>Son yönetici bu rolü korur: önce başka bir yönetici belirleyin.</translation>
    </message>
    <message>
        <source>name deputies for other people</source>
        <translation>başkaları için vekil atama</translation>
    </message>
    <message>
        <source>A deputyship needs a start date on or before its end date.</source>
        <translation>Bir vekâletin başlangıç tarihi, bitiş tarihiyle aynı gün ya da daha önce olmalıdır.</translation>
    </message>
    <message>
        <source>Nobody can be their own deputy.</source>
        <translation>Hiç kimse kendi kendisinin vekili olamaz.</translation>
    </message>
    <message>
        <source>The program&apos;s system actor cannot take part in a deputyship.</source>
        <translation>Programın sistem kullanıcısı bir vekâlette yer alamaz.</translation>
    </message>
    <message>
        <source>move people between departments</source>
        <translation>kişileri başka birimlere taşıma</translation>
    </message>
    <message>
        <source>choose where invoices are filed</source>
        <translation>faturaların dosyalanacağı yeri seçme</translation>
    </message>
    <message>
        <source>keep the Leitweg-IDs</source>
        <translation>Leitweg-ID&apos;lerini yönetme</translation>
    </message>
    <message>
        <source>import the OZG catalogue</source>
        <translation>OZG kataloğunu içe aktarma</translation>
    </message>
    <message>
        <source>set up the scheduled backup</source>
        <translation>zamanlanmış yedeklemeyi ayarlama</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>denetim kaydını okumak</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <source>%1 i.V. %2</source>
        <extracomment>&quot;i.V.&quot; (in Vertretung) is how a German deputy signs for an absent colleague.</extracomment>
        <translation>%1 (%2 adına, i.V.)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>&quot;%1&quot; is not a language of Amtsdesk; choose one of: %2.</source>
        <translation>&quot;%1&quot; Amtsdesk&apos;in dillerinden biri değil; şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <source>given with --database</source>
        <translation>--database ile belirtildi</translation>
    </message>
    <message>
        <source>given in AMTSDESK_DATABASE</source>
        <translation>AMTSDESK_DATABASE içinde belirtildi</translation>
    </message>
    <message>
        <source>set by the administrator for this computer</source>
        <translation>yönetici tarafından bu bilgisayar için ayarlandı</translation>
    </message>
    <message>
        <source>in your own data folder (single-user install)</source>
        <translation>kendi veri klasörünüzde (tek kullanıcılı kurulum)</translation>
    </message>
</context>
<context>
    <name>AuditHead</name>
    <message>
        <source>%1 is not an audit head saved by Amtsdesk (it lacks the line &quot;%2&quot;).</source>
        <translation>%1, Amtsdesk tarafından kaydedilmiş bir denetim kaydı son hash dosyası değil (&quot;%2&quot; satırı eksik).</translation>
    </message>
    <message>
        <source>%1 names no audit head: its line &quot;hash=&quot; needs 64 hexadecimal digits.</source>
        <translation>%1 bir son hash değeri belirtmiyor: &quot;hash=&quot; satırında 64 onaltılık basamak olmalıdır.</translation>
    </message>
    <message>
        <source>%1 does not say how many entries the trail had: its line &quot;entries=&quot; needs a number.</source>
        <translation>%1, denetim kaydında kaç girdi bulunduğunu belirtmiyor: &quot;entries=&quot; satırında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>%1 exists and is not an audit head; choose another file name.</source>
        <translation>%1 zaten var ve bir denetim kaydı son hash dosyası değil; başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>The audit head could not be written to %1: %2</source>
        <translation>Denetim kaydının son hash değeri %1 dosyasına yazılamadı: %2</translation>
    </message>
    <message>
        <source>There is no audit head file %1.</source>
        <translation>%1 adlı bir son hash dosyası yok.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not an audit head saved by Amtsdesk: it is far too large.</source>
        <translation>%1, Amtsdesk tarafından kaydedilmiş bir denetim kaydı son hash dosyası değil: çok büyük.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit head: it needs 64 hexadecimal digits.</source>
        <translation>&quot;%1&quot; bir son hash değeri değil: 64 onaltılık basamak olmalıdır.</translation>
    </message>
    <message>
        <source>the exported head %1 is no longer in the chain: the trail was rewritten or cut.</source>
        <translation>dışa aktarılan son hash değeri %1 artık zincirde değil: denetim kaydı yeniden yazılmış ya da kesilmiş.</translation>
    </message>
    <message>
        <source>the trail had %1 entries when the head was saved and has only %2 now: entries were cut off.</source>
        <translation>son hash değeri kaydedildiğinde denetim kaydında %1 girdi vardı, şimdi yalnızca %2 girdi var: girdiler kesilip atılmış.</translation>
    </message>
    <message>
        <source>entry %1 no longer carries the saved head %2: the trail was rewritten up to there.</source>
        <translation>%1 numaralı girdi artık kaydedilen son hash değerini (%2) taşımıyor: denetim kaydı o noktaya kadar yeniden yazılmış.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an actor, an action and an object type.</source>
        <translation>Bir denetim kaydı girdisi için işlemi yapan kişi, eylem ve nesne türü gerekir.</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries are missing or were renumbered</source>
        <translation>%1 numaralı girdi %2 numaralı girdinin ardından geliyor: girdiler eksik ya da yeniden numaralandırılmış</translation>
    </message>
    <message>
        <source>entry %1 does not point at the entry before it: an entry was changed, removed or moved</source>
        <translation>%1 numaralı girdi kendinden önceki girdiye bağlanmıyor: bir girdi değiştirilmiş, silinmiş ya da taşınmış</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its content does not match its hash</source>
        <translation>%1 numaralı girdi yazıldıktan sonra değiştirilmiş: içeriği hash değeriyle eşleşmiyor</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The stored document %1 is damaged (its bytes no longer match); run verify on the store.</source>
        <translation>Saklanan %1 belgesi bozuk (baytları artık eşleşmiyor); veri deposu üzerinde verify komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The copy did not verify: %1</source>
        <translation>Kopya doğrulanamadı: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored.</source>
        <translation>%1 kenara taşınamadı; hiçbir şey geri yüklenmedi.</translation>
    </message>
    <message>
        <source>%1 exists already and is not an empty folder; choose a new folder for the backup.</source>
        <translation>%1 zaten var ve boş bir klasör değil; yedek için yeni bir klasör seçin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk backup: it holds no %2.</source>
        <translation>%1 bir Amtsdesk yedeği değil: içinde %2 yok.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk backup: %2 is not an Amtsdesk store.</source>
        <translation>%1 bir Amtsdesk yedeği değil: %2 bir Amtsdesk veri deposu değil.</translation>
    </message>
    <message>
        <source>There is a store at %1 already; restore with --replace to put the backup in its place (the current store is then moved aside, not deleted).</source>
        <translation>%1 konumunda zaten bir veri deposu var; yedeği onun yerine koymak için --replace ile geri yükleyin (mevcut veri deposu bu durumda silinmez, kenara taşınır).</translation>
    </message>
    <message>
        <source>The backup database %1 could not be copied. Is the disk full?</source>
        <translation>Yedek veritabanı %1 kopyalanamadı. Disk dolu mu?</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1.</source>
        <translation>Geri yüklenen veritabanı %1 konumuna taşınamadı.</translation>
    </message>
    <message>
        <source>The restored documents could not be moved to %1.</source>
        <translation>Geri yüklenen belgeler %1 konumuna taşınamadı.</translation>
    </message>
    <message>
        <source>The stored document %1 is missing from %2; run verify on the store.</source>
        <translation>Saklanan %1 belgesi %2 içinde yok; veri deposu üzerinde verify komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>At least one backup must be kept; %1 is too few.</source>
        <translation>En az bir yedek saklanmalıdır; %1 çok az.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Yedek klasörü %1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The copy %1 could not be completed: its write-ahead log could not be written into it.</source>
        <translation>%1 kopyası tamamlanamadı: önceden yazma günlüğü (write-ahead log) içine yazılamadı.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created: %1.</source>
        <translation>Yedekleme klasörü oluşturulamıyor: %1.</translation>
    </message>
    <message>
        <source>The backup to %1 was not written: %2 Nothing was kept there; the store is unchanged.</source>
        <translation>%1 konumuna yedek yazılmadı: %2 Orada hiçbir şey bırakılmadı; veri deposu değişmedi.</translation>
    </message>
    <message>
        <source>The finished backup could not be moved to %1: %2.</source>
        <translation>Tamamlanan yedek %1 konumuna taşınamadı: %2.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The backup folder must be given as a full path, not &quot;%1&quot;.</source>
        <translation>Yedek klasörü &quot;%1&quot; olarak değil, tam yol olarak verilmelidir.</translation>
    </message>
    <message>
        <source>The backups cannot go inside the store&apos;s own documents folder.</source>
        <translation>Yedekler, veri deposunun kendi belge klasörünün içine konulamaz.</translation>
    </message>
    <message>
        <source>A backup interval needs 1 to 8,784 hours; %1 is outside.</source>
        <translation>Yedekleme aralığı 1 ile 8.784 saat arasında olmalıdır; %1 bu aralığın dışında.</translation>
    </message>
    <message>
        <source>Between 1 and 1,000 backups can be kept; %1 is outside.</source>
        <translation>1 ile 1.000 arasında yedek saklanabilir; %1 bu aralığın dışında.</translation>
    </message>
    <message>
        <source>No backup folder is set up; an administrator sets it on the start page.</source>
        <translation>Yedek klasörü ayarlanmamış; bunu bir yönetici başlangıç sayfasında ayarlar.</translation>
    </message>
    <message>
        <source>Another Amtsdesk has been making the backup since %1.</source>
        <translation>Başka bir Amtsdesk örneği %1 itibarıyla yedek alıyor.</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>%1 added, %2 already there, %3 failed.</source>
        <translation>%1 eklendi, %2 zaten vardı, %3 başarısız oldu.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files before that are stored.</source>
        <translation>İçe aktarma iptal edildi; o ana kadar işlenen dosyalar saklandı.</translation>
    </message>
    <message>
        <source>%1: added; %2</source>
        <translation>%1: eklendi; %2</translation>
    </message>
    <message>
        <source>%1: already in this file as document %2; not added again.</source>
        <translation>%1: bu dosyada zaten %2 numaralı belge olarak var; yeniden eklenmedi.</translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: eklenmedi: %2</translation>
    </message>
    <message>
        <source>it is not a file (a folder, or it does not exist).</source>
        <translation>bir dosya değil (bir klasör ya da mevcut değil).</translation>
    </message>
    <message>
        <source>its text could not be read now: %1</source>
        <translation>metni şu anda okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The blob folder %1 cannot be created.</source>
        <translation>Belge dosyaları klasörü %1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The document could not be written to the blob store (%1). Is the disk full?</source>
        <translation>Belge, belge deposuna yazılamadı (%1). Disk dolu mu?</translation>
    </message>
    <message>
        <source>The document could not be moved into the blob store at %1.</source>
        <translation>Belge, %1 konumundaki belge deposuna taşınamadı.</translation>
    </message>
    <message>
        <source>The blob folder %1 could not be synchronised to disk.</source>
        <translation>Belge dosyaları klasörü %1 diske eşitlenemedi.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>The blob %1 is referenced before it was written.</source>
        <translation>%1 belge dosyasına, henüz yazılmadan başvuruluyor.</translation>
    </message>
    <message>
        <source>%1 is not a blob hash.</source>
        <translation>%1 bir belge dosyası hash değeri değil.</translation>
    </message>
    <message>
        <source>The stored document %1 is missing from the blob store.</source>
        <translation>Saklanan %1 belgesi belge deposunda yok.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read to the end.</source>
        <translation>%1 dosyası sonuna kadar okunamıyor.</translation>
    </message>
    <message>
        <source>The blob folder cannot be created: %1.</source>
        <translation>Belge dosyaları klasörü oluşturulamıyor: %1.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created: %1.</source>
        <translation>Geçici bir dosya oluşturulamıyor: %1.</translation>
    </message>
    <message>
        <source>The document could not be read to the end (%1); nothing was stored.</source>
        <translation>Belge sonuna kadar okunamadı (%1); hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); nothing was stored.</source>
        <translation>%1 sonuna kadar okunamadı (%2); hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>it stopped sending</source>
        <translation>kaynak veri göndermeyi bıraktı</translation>
    </message>
    <message>
        <source>The document could not be stored: %1.</source>
        <translation>Belge kaydedilemedi: %1.</translation>
    </message>
    <message>
        <source>The document could not be written to disk safely: %1.</source>
        <translation>Belge diske güvenli biçimde yazılamadı: %1.</translation>
    </message>
    <message>
        <source>The document could not be moved into the blob store: %1.</source>
        <translation>Belge, belge dosyaları deposuna taşınamadı: %1.</translation>
    </message>
    <message>
        <source>The blob folder could not be synchronised to disk: %1.</source>
        <translation>Belge dosyaları klasörü diske eşitlenemedi: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: amtsdesk-cli [--database PATH] [--user LOGIN] [--lang de|en|tr] COMMAND [ARGS]</source>
        <translation>Kullanım: amtsdesk-cli [--database PATH] [--user LOGIN] [--lang de|en|tr] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Genel seçenekler:</translation>
    </message>
    <message>
        <source>the store to use (also AMTSDESK_DATABASE); default: the administrator&apos;s setting, else your data folder</source>
        <translation>kullanılacak veri deposu (AMTSDESK_DATABASE ile de verilebilir); varsayılan: yöneticinin ayarı, o yoksa veri klasörünüz</translation>
    </message>
    <message>
        <source>act as LOGIN (demo and test stores only)</source>
        <translation>LOGIN olarak işlem yap (yalnızca demo ve test veri depolarında)</translation>
    </message>
    <message>
        <source>language of messages: de, en or tr</source>
        <translation>mesajların dili: de, en veya tr</translation>
    </message>
    <message>
        <source>Run &apos;amtsdesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Bir komutun seçenekleri için &apos;amtsdesk-cli COMMAND --help&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments; see &apos;amtsdesk-cli %1 --help&apos;.</source>
        <translation>%1: bağımsız değişken sayısı yanlış; bkz. &apos;amtsdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--user works on demo and test stores only; on this store you act as your own login (%1).</source>
        <translation>--user yalnızca demo ve test veri depolarında çalışır; bu veri deposunda kendi kullanıcı adınızla (%1) işlem yaparsınız.</translation>
    </message>
    <message>
        <source>create a new store with its first administrator</source>
        <translation>ilk yöneticisiyle birlikte yeni bir veri deposu oluştur</translation>
    </message>
    <message>
        <source>create a demo store of a realistic district office</source>
        <translation>gerçekçi bir ilçe idaresine ait demo veri deposu oluştur</translation>
    </message>
    <message>
        <source>print the hash of the newest audit entry</source>
        <translation>en yeni denetim kaydı girdisinin hash değerini yazdır</translation>
    </message>
    <message>
        <source>write a consistent backup into a new folder</source>
        <translation>yeni bir klasöre tutarlı bir yedek yaz</translation>
    </message>
    <message>
        <source>put a backup in place of the store</source>
        <translation>veri deposunun yerine bir yedek koy</translation>
    </message>
    <message>
        <source>show who you act as, with roles and deputyships</source>
        <translation>hangi kullanıcı olarak işlem yaptığınızı rolleri ve vekâletleriyle göster</translation>
    </message>
    <message>
        <source>list the users and departments of the store</source>
        <translation>veri deposunun kullanıcılarını ve birimlerini listele</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 için bir değer gerekli.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;; run &apos;amtsdesk-cli --help&apos;.</source>
        <translation>Bilinmeyen seçenek &apos;%1&apos;; &apos;amtsdesk-cli --help&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run &apos;amtsdesk-cli --help&apos; for the list.</source>
        <translation>&apos;%1&apos; bir komut değil; komut listesi için &apos;amtsdesk-cli --help&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Creates a new store at the store location with LOGIN as its first administrator.</source>
        <translation>Veri deposu konumunda, ilk yöneticisi LOGIN olan yeni bir veri deposu oluşturur.</translation>
    </message>
    <message>
        <source>login of the first administrator</source>
        <translation>ilk yöneticinin kullanıcı adı</translation>
    </message>
    <message>
        <source>their full name</source>
        <translation>yöneticinin tam adı</translation>
    </message>
    <message>
        <source>init: name the first administrator with --admin LOGIN.</source>
        <translation>init: ilk yöneticiyi --admin LOGIN ile belirtin.</translation>
    </message>
    <message>
        <source>Created the store %1 (%2) with %3 as its administrator.</source>
        <translation>%1 veri deposu (%2) oluşturuldu; yöneticisi: %3.</translation>
    </message>
    <message>
        <source>Creates a demo store of the Landkreis Musterfeld, with you as its administrator.</source>
        <translation>Landkreis Musterfeld için, yöneticisi siz olan bir demo veri deposu oluşturur.</translation>
    </message>
    <message>
        <source>replace an existing demo store (never a real one)</source>
        <translation>mevcut bir demo veri deposunu yenisiyle değiştir (gerçek bir depoyu asla)</translation>
    </message>
    <message>
        <source>There is a store at %1 already; add --replace to replace a demo store.</source>
        <translation>%1 konumunda zaten bir veri deposu var; bir demo veri deposunu değiştirmek için --replace ekleyin.</translation>
    </message>
    <message>
        <source>%1 is not a demo store; it is never replaced by demo data.</source>
        <translation>%1 bir demo veri deposu değil; demo verileriyle asla değiştirilmez.</translation>
    </message>
    <message>
        <source>Created the demo store %1; you (%2) are its administrator. Other users: see &apos;amtsdesk-cli users&apos;.</source>
        <translation>%1 demo veri deposu oluşturuldu; yöneticisi sizsiniz (%2). Diğer kullanıcılar için bkz. &apos;amtsdesk-cli users&apos;.</translation>
    </message>
    <message>
        <source>also check that the audit chain still ends in HASH (from audit-head)</source>
        <translation>denetim zincirinin hâlâ HASH ile bittiğini de denetle (audit-head çıktısı)</translation>
    </message>
    <message>
        <source>Audit trail: the exported head %1 is still in the chain.</source>
        <translation>Denetim kaydı: dışa aktarılan son girdi hash değeri %1 hâlâ zincirde.</translation>
    </message>
    <message>
        <source>verify: the audit trail is broken at entry %1</source>
        <translation>verify: denetim kaydı %1 numaralı girdide bozuk</translation>
    </message>
    <message>
        <source>Prints the hash of the newest audit entry. Keep it elsewhere: &apos;verify --expect-head&apos; then detects a rewrite of the whole trail.</source>
        <translation>En yeni denetim kaydı girdisinin hash değerini yazdırır. Bu değeri başka bir yerde saklayın: böylece &apos;verify --expect-head&apos; tüm kaydın yeniden yazılmasını fark eder.</translation>
    </message>
    <message>
        <source>Backup written to %1: the database and %2 documents, %3 bytes, verified.</source>
        <translation>Yedek %1 konumuna yazıldı: veritabanı ve %2 belge, %3 bayt, doğrulandı.</translation>
    </message>
    <message>
        <source>Puts the backup in folder SOURCE in place of the store. Close Amtsdesk first.</source>
        <translation>SOURCE klasöründeki yedeği veri deposunun yerine koyar. Önce Amtsdesk&apos;i kapatın.</translation>
    </message>
    <message>
        <source>a folder written by &apos;backup&apos;</source>
        <translation>&apos;backup&apos; ile yazılmış bir klasör</translation>
    </message>
    <message>
        <source>replace an existing store (it is moved aside, not deleted)</source>
        <translation>mevcut bir veri deposunu değiştir (silinmez, kenara taşınır)</translation>
    </message>
    <message>
        <source>Restored %1 documents into %2; the store verifies.</source>
        <translation>%1 belge %2 konumuna geri yüklendi; veri deposu doğrulamadan geçti.</translation>
    </message>
    <message>
        <source>The store that was there is kept at %1.</source>
        <translation>Önceki veri deposu %1 konumunda saklanıyor.</translation>
    </message>
    <message>
        <source>Shows who you act as in the store, with your roles and deputyships.</source>
        <translation>Veri deposunda hangi kullanıcı olarak işlem yaptığınızı, rolleriniz ve vekâletlerinizle birlikte gösterir.</translation>
    </message>
    <message>
        <source>%1 (%2), department %3</source>
        <translation>%1 (%2), birim %3</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roller: %1</translation>
    </message>
    <message>
        <source>Deputyship: %1 for %2, %3 to %4</source>
        <translation>Vekâlet: %2 yerine %1, %3 – %4</translation>
    </message>
    <message>
        <source>Store: %1 (%2)</source>
        <translation>Veri deposu: %1 (%2)</translation>
    </message>
    <message>
        <source>Lists the departments and users of the store.</source>
        <translation>Veri deposunun birimlerini ve kullanıcılarını listeler.</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Birimler:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Kullanıcılar:</translation>
    </message>
    <message>
        <source>list what waits for you (Meine Aufgaben)</source>
        <translation>sizi bekleyenleri listele (Görevlerim)</translation>
    </message>
    <message>
        <source>list, install and show workflows; take a step on an item</source>
        <translation>iş akışlarını listele, yükle ve göster; bir öğe üzerinde adım uygula</translation>
    </message>
    <message>
        <source>process figures: time spent per state and month</source>
        <translation>süreç göstergeleri: durum ve ay başına geçen süre</translation>
    </message>
    <message>
        <source>Lists what waits for you, also as deputy, soonest due first; &apos;!&apos; marks overdue items.</source>
        <translation>Vekil olarak bekleyenler de dahil olmak üzere sizi bekleyenleri, son tarihi en yakın olan başta olacak şekilde listeler; &apos;!&apos; gecikmiş öğeleri işaretler.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Sizi bekleyen bir şey yok.</translation>
    </message>
    <message>
        <source>(i.V. %1)</source>
        <translation>(%1 adına, i.V.)</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>adımlar: %1</translation>
    </message>
    <message>
        <source>Lists the workflows with their version and states.</source>
        <translation>İş akışlarını sürümleri ve durumlarıyla birlikte listeler.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>sürüm %1</translation>
    </message>
    <message>
        <source>Checks a workflow definition (JSON) and installs it as the new version of its workflow. Items already under way keep the version they started under.</source>
        <translation>Bir iş akışı tanımını (JSON) denetler ve ait olduğu iş akışının yeni sürümü olarak yükler. Hâlihazırda süren öğeler, başladıkları sürümle devam eder.</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>tanım dosyası</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Installed the workflow &quot;%1&quot; as version %2.</source>
        <translation>&quot;%1&quot; iş akışı sürüm %2 olarak yüklendi.</translation>
    </message>
    <message>
        <source>Shows an item&apos;s state, fields and history, and the steps you may take.</source>
        <translation>Bir öğenin durumunu, alanlarını ve geçmişini, ayrıca uygulayabileceğiniz adımları gösterir.</translation>
    </message>
    <message>
        <source>the item number (as &apos;tasks&apos; shows it)</source>
        <translation>öğe numarası (&apos;tasks&apos; komutunun gösterdiği biçimde)</translation>
    </message>
    <message>
        <source>Workflow: %1, version %2</source>
        <translation>İş akışı: %1, sürüm %2</translation>
    </message>
    <message>
        <source>State: %1 since %2</source>
        <translation>Durum: %1 (%2 itibarıyla)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Son tarih: %1</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Alanlar: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Geçmiş:</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 (%2 adına, i.V.)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>başlatıldı</translation>
    </message>
    <message>
        <source>Steps you may take: %1</source>
        <translation>Uygulayabileceğiniz adımlar: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Takes a step (transition) on an item: one transaction with every check; exit code 1 when it is refused.</source>
        <translation>Bir öğe üzerinde bir adım (geçiş) uygular: tüm denetimleri içeren tek bir işlem; adım reddedilirse çıkış kodu 1 olur.</translation>
    </message>
    <message>
        <source>the item number</source>
        <translation>öğe numarası</translation>
    </message>
    <message>
        <source>the step&apos;s key, e.g. start_work</source>
        <translation>adımın anahtarı, ör. start_work</translation>
    </message>
    <message>
        <source>why (some steps need it)</source>
        <translation>gerekçe (bazı adımlar için gereklidir)</translation>
    </message>
    <message>
        <source>fill a field, e.g. cost_centre=20-110 (repeatable)</source>
        <translation>bir alanı doldur, ör. cost_centre=20-110 (birden çok kez verilebilir)</translation>
    </message>
    <message>
        <source>refuse when the item changed since you saw this version</source>
        <translation>öğe, gördüğünüz bu sürümden sonra değiştiyse reddet</translation>
    </message>
    <message>
        <source>act as deputy (i.V.) for LOGIN</source>
        <translation>LOGIN adına vekil olarak (i.V.) işlem yap</translation>
    </message>
    <message>
        <source>--field needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--field için NAME=VALUE gerekli, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>--expect-version needs a number, not &quot;%1&quot;.</source>
        <translation>--expect-version için bir sayı gerekli, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>#%1 is now &quot;%2&quot; (version %3).</source>
        <translation>#%1 artık &quot;%2&quot; durumunda (sürüm %3).</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli workflow list | install FILE | show ITEM | take ITEM STEP [options]</source>
        <translation>Kullanım: amtsdesk-cli workflow list | install FILE | show ITEM | take ITEM STEP [seçenekler]</translation>
    </message>
    <message>
        <source>Process figures from the workflow history: per workflow, state and month, how many items left the state and the median and 90th percentile of the hours they spent in it.</source>
        <translation>İş akışı geçmişinden süreç göstergeleri: her iş akışı, durum ve ay için o durumdan çıkan öğe sayısı ile bu öğelerin durumda geçirdiği saatlerin medyanı ve 90. yüzdeliği.</translation>
    </message>
    <message>
        <source>only this workflow</source>
        <translation>yalnızca bu iş akışı</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>ilk gün (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>son gün (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>write CSV to FILE (&apos;-&apos; for standard output)</source>
        <translation>CSV&apos;yi FILE dosyasına yaz (standart çıktı için &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 için YYYY-MM-DD biçiminde bir tarih gerekli, &quot;%2&quot; değil.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 satır %2 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>import, export and list the file plan</source>
        <translation>dosya planını içe aktar, dışa aktar ve listele</translation>
    </message>
    <message>
        <source>create, list, close and re-file files (Akten)</source>
        <translation>dosyaları (Akten) oluştur, listele, kapat ve başka bir dosya planı birimine taşı</translation>
    </message>
    <message>
        <source>open a case (Vorgang) in a file</source>
        <translation>bir dosyada işlem (Vorgang) aç</translation>
    </message>
    <message>
        <source>store files as documents of a case</source>
        <translation>dosyaları bir işlemin belgeleri olarak sakla</translation>
    </message>
    <message>
        <source>watch an inbox folder (scanner) and add what arrives to a case</source>
        <translation>bir gelen kutusu klasörünü (tarayıcı) izle ve gelenleri bir işleme ekle</translation>
    </message>
    <message>
        <source>show a file with its cases and documents</source>
        <translation>bir dosyayı işlemleri ve belgeleriyle birlikte göster</translation>
    </message>
    <message>
        <source>full-text search in the documents you may read</source>
        <translation>okuma yetkiniz olan belgelerde tam metin arama</translation>
    </message>
    <message>
        <source>write a file or case as a folder with metadata</source>
        <translation>bir dosyayı veya işlemi meta verileriyle birlikte klasör olarak yaz</translation>
    </message>
    <message>
        <source>put a case on resubmission (Wiedervorlage)</source>
        <translation>bir işlemi takibe al (Wiedervorlage)</translation>
    </message>
    <message>
        <source>files past their retention: list, request and approve destruction</source>
        <translation>saklama süresi dolmuş dosyalar: listele, imha talep et ve onayla</translation>
    </message>
    <message>
        <source>Imports a file plan from CSV (key,title,parent,department,retention_years); existing units are updated. All or nothing: any bad row stops the import and is named.</source>
        <translation>CSV&apos;den bir dosya planı içe aktarır (key,title,parent,department,retention_years); mevcut birimler güncellenir. Ya hep ya hiç: hatalı her satır içe aktarmayı durdurur ve bildirilir.</translation>
    </message>
    <message>
        <source>the file plan</source>
        <translation>dosya planı</translation>
    </message>
    <message>
        <source>File plan imported: %1 units added, %2 changed.</source>
        <translation>Dosya planı içe aktarıldı: %1 birim eklendi, %2 birim değiştirildi.</translation>
    </message>
    <message>
        <source>Writes the file plan as CSV (to FILE, or to standard output).</source>
        <translation>Dosya planını CSV olarak yazar (FILE dosyasına ya da standart çıktıya).</translation>
    </message>
    <message>
        <source>where to write (optional)</source>
        <translation>yazılacak yer (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli plan import CSV | export [FILE] | list</source>
        <translation>Kullanım: amtsdesk-cli plan import CSV | export [FILE] | list</translation>
    </message>
    <message>
        <source>Creates a file (Akte) under a unit of the file plan and prints its reference number.</source>
        <translation>Dosya planının bir birimi altında bir dosya (Akte) oluşturur ve dosya numarasını yazdırır.</translation>
    </message>
    <message>
        <source>file plan key</source>
        <translation>dosya planı kodu</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>konu</translation>
    </message>
    <message>
        <source>lead department (default: the plan unit&apos;s)</source>
        <translation>sorumlu birim (varsayılan: dosya planı biriminin birimi)</translation>
    </message>
    <message>
        <source>Offen (default) or VS-NfD</source>
        <translation>Offen (varsayılan) veya VS-NfD</translation>
    </message>
    <message>
        <source>file create needs --plan KEY and --subject TEXT.</source>
        <translation>file create için --plan KEY ve --subject TEXT gerekli.</translation>
    </message>
    <message>
        <source>Lists the files you may see.</source>
        <translation>Görme yetkiniz olan dosyaları listeler.</translation>
    </message>
    <message>
        <source>only under this file plan unit</source>
        <translation>yalnızca bu dosya planı birimi altında</translation>
    </message>
    <message>
        <source>zdA</source>
        <translation>zdA</translation>
    </message>
    <message>
        <source>Closes a file (zdA): every case must be closed; its retention period starts.</source>
        <translation>Bir dosyayı kapatır (zdA): tüm işlemler kapatılmış olmalıdır; saklama süresi başlar.</translation>
    </message>
    <message>
        <source>Moves a file to another unit of the file plan; it keeps its reference number.</source>
        <translation>Bir dosyayı dosya planının başka bir birimine taşır; dosya numarası değişmez.</translation>
    </message>
    <message>
        <source>the file&apos;s reference number</source>
        <translation>dosya numarası</translation>
    </message>
    <message>
        <source>the new file plan unit</source>
        <translation>yeni dosya planı birimi</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli file create --plan KEY --subject TEXT [options] | list [--plan KEY] | close REFERENCE | refile REFERENCE KEY</source>
        <translation>Kullanım: amtsdesk-cli file create --plan KEY --subject TEXT [seçenekler] | list [--plan KEY] | close REFERENCE | refile REFERENCE KEY</translation>
    </message>
    <message>
        <source>Opens a case (Vorgang) in a file and prints its number; it starts in the case workflow.</source>
        <translation>Bir dosyada bir işlem (Vorgang) açar ve numarasını yazdırır; işlem, işlemlere ait iş akışında başlar.</translation>
    </message>
    <message>
        <source>what the case is about</source>
        <translation>işlemin konusu</translation>
    </message>
    <message>
        <source>due date (YYYY-MM-DD)</source>
        <translation>son tarih (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli case create REFERENCE SUBJECT [--due DATE]</source>
        <translation>Kullanım: amtsdesk-cli case create REFERENCE SUBJECT [--due DATE]</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due için YYYY-MM-DD biçiminde bir tarih gerekli, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>Stores files as documents of a case, each file as it is; prints one line per file: added, or why not. Exit code 1 when any file was not added.</source>
        <translation>Dosyaları olduğu gibi bir işlemin belgeleri olarak saklar; her dosya için bir satır yazdırır: eklendi ya da neden eklenmediği. Herhangi bir dosya eklenemezse çıkış kodu 1 olur.</translation>
    </message>
    <message>
        <source>files to add</source>
        <translation>eklenecek dosyalar</translation>
    </message>
    <message>
        <source>the case number (from &apos;case create&apos; or &apos;show&apos;)</source>
        <translation>işlem numarası (&apos;case create&apos; veya &apos;show&apos; çıktısından)</translation>
    </message>
    <message>
        <source>incoming (default), outgoing or internal</source>
        <translation>incoming (gelen; varsayılan), outgoing (giden) veya internal (dahili)</translation>
    </message>
    <message>
        <source>date of receipt or dispatch (YYYY-MM-DD)</source>
        <translation>alınma veya gönderilme tarihi (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>gönderen</translation>
    </message>
    <message>
        <source>password of protected PDFs, to read their text</source>
        <translation>metinlerinin okunabilmesi için korumalı PDF&apos;lerin parolası</translation>
    </message>
    <message>
        <source>import needs --case N.</source>
        <translation>import için --case N gerekli.</translation>
    </message>
    <message>
        <source>--direction is incoming, outgoing or internal, not &quot;%1&quot;.</source>
        <translation>--direction değeri incoming, outgoing veya internal olmalıdır, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date için YYYY-MM-DD biçiminde bir tarih gerekli, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>added    %1 as document %2</source>
        <translation>eklendi    %1, %2 numaralı belge olarak</translation>
    </message>
    <message>
        <source>already  %1 is document %2 of this file</source>
        <translation>zaten var  %1, bu dosyanın %2 numaralı belgesi</translation>
    </message>
    <message>
        <source>FAILED   %1: %2</source>
        <translation>BAŞARISIZ  %1: %2</translation>
    </message>
    <message>
        <source>Watches an inbox folder (e.g. the scanner&apos;s output): files that have stopped growing are added to the case and moved to imported/; files that cannot be added go to failed/ with a .reason.txt. Runs until stopped (Ctrl+C), or looks once with --once.</source>
        <translation>Bir gelen kutusu klasörünü (ör. tarayıcının çıktı klasörü) izler: büyümesi durmuş dosyalar işleme eklenir ve imported/ klasörüne taşınır; eklenemeyen dosyalar bir .reason.txt ile birlikte failed/ klasörüne gider. Durdurulana kadar (Ctrl+C) çalışır ya da --once ile yalnızca bir kez bakar.</translation>
    </message>
    <message>
        <source>the inbox folder</source>
        <translation>gelen kutusu klasörü</translation>
    </message>
    <message>
        <source>the case the documents go to</source>
        <translation>belgelerin ekleneceği işlem</translation>
    </message>
    <message>
        <source>look once and stop</source>
        <translation>bir kez bak ve dur</translation>
    </message>
    <message>
        <source>seconds a file must stay unchanged (default 3)</source>
        <translation>bir dosyanın değişmeden kalması gereken saniye sayısı (varsayılan 3)</translation>
    </message>
    <message>
        <source>inbox needs --case N.</source>
        <translation>inbox için --case N gerekli.</translation>
    </message>
    <message>
        <source>Searches the text and metadata of the documents you may read. Syntax: words (all must occur), Bau* (prefix), &quot;exact phrase&quot;, OR, NOT or -word, parentheses; filters akte:, oe:, plan:, von:, bis:, typ:, status:. Müller, Mueller and Muller find each other.</source>
        <translation>Okuma yetkiniz olan belgelerin metninde ve meta verilerinde arama yapar. Söz dizimi: sözcükler (tümü geçmelidir), Bau* (önek), &quot;tam ifade&quot;, OR, NOT veya -sözcük, parantezler; filtreler akte:, oe:, plan:, von:, bis:, typ:, status:. Müller, Mueller ve Muller aramada aynı sayılır.</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>aranacak ifade</translation>
    </message>
    <message>
        <source>at most N documents (default 20)</source>
        <translation>en fazla N belge (varsayılan 20)</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
    <message>
        <source>%1/%2  document %3: %4</source>
        <translation>%1/%2  belge %3: %4</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sayfa %1</translation>
    </message>
    <message>
        <source>Shows a file with its cases, documents and their text status.</source>
        <translation>Bir dosyayı işlemleri, belgeleri ve belgelerin metin durumuyla birlikte gösterir.</translation>
    </message>
    <message>
        <source>Plan unit %1, department %2, %3, retention %4</source>
        <translation>Dosya planı birimi %1, birim %2, %3, saklama süresi (yıl): %4</translation>
    </message>
    <message>
        <source>Closed (zdA) on %1, kept until %2</source>
        <translation>%1 tarihinde kapatıldı (zdA), %2 tarihine kadar saklanacak</translation>
    </message>
    <message>
        <source>  Case %1 (no. %2): %3 [%4]</source>
        <translation>  İşlem %1 (no. %2): %3 [%4]</translation>
    </message>
    <message>
        <source>Document %1: %2 (%3, version %4, %5 bytes, text: %6)</source>
        <translation>Belge %1: %2 (%3, sürüm %4, %5 bayt, metin: %6)</translation>
    </message>
    <message>
        <source>Writes a file, or one of its cases, as a folder of its documents with metadata.json.</source>
        <translation>Bir dosyayı ya da işlemlerinden birini, belgelerini ve metadata.json dosyasını içeren bir klasör olarak yazar.</translation>
    </message>
    <message>
        <source>a folder that does not exist yet</source>
        <translation>henüz var olmayan bir klasör</translation>
    </message>
    <message>
        <source>only this case (its number from &apos;show&apos;)</source>
        <translation>yalnızca bu işlem (numarası &apos;show&apos; çıktısından)</translation>
    </message>
    <message>
        <source>Exported %1 cases with %2 documents to %3.</source>
        <translation>%1 işlem ve %2 belge %3 konumuna dışa aktarıldı.</translation>
    </message>
    <message>
        <source>Puts a case on resubmission (Wiedervorlage): on the date it comes back to you, or to a colleague of the file&apos;s department, with the reason.</source>
        <translation>Bir işlemi takibe alır (Wiedervorlage): belirtilen tarihte işlem, gerekçesiyle birlikte size ya da dosyanın birimindeki bir çalışma arkadaşınıza geri gelir.</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>işlem numarası</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>why</source>
        <translation>gerekçe</translation>
    </message>
    <message>
        <source>for this colleague</source>
        <translation>bu çalışma arkadaşı için</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli resubmission add CASE DATE REASON [--for LOGIN]</source>
        <translation>Kullanım: amtsdesk-cli resubmission add CASE DATE REASON [--for LOGIN]</translation>
    </message>
    <message>
        <source>DATE must be YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>DATE, YYYY-MM-DD biçiminde olmalıdır, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>the file&apos;s reference number (request) or the request number (approve)</source>
        <translation>dosya numarası (request) veya talep numarası (approve)</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli disposal list | request REFERENCE | approve REQUEST</source>
        <translation>Kullanım: amtsdesk-cli disposal list | request REFERENCE | approve REQUEST</translation>
    </message>
    <message>
        <source>The disposal list: closed files whose retention period has ended; destruction needs a request and a second person&apos;s approval.</source>
        <translation>İmha listesi: saklama süresi dolmuş kapatılmış dosyalar; imha için bir talep ve ikinci bir kişinin onayı gerekir.</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>%1 tarihine kadar saklanır</translation>
    </message>
    <message>
        <source>destruction requested by %1 (request %2)</source>
        <translation>imhayı talep eden: %1 (talep %2)</translation>
    </message>
    <message>
        <source>Destruction requested (request %1); a signatory of the department must approve it.</source>
        <translation>İmha talep edildi (talep %1); birimin bir imza yetkilisi talebi onaylamalıdır.</translation>
    </message>
    <message>
        <source>The file was destroyed; the audit trail records it.</source>
        <translation>Dosya imha edildi; bu durum denetim kaydına işlendi.</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>aranabilir</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>henüz okunmadı</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>parola korumalı</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>metin yok</translation>
    </message>
    <message>
        <source>Validates e-invoices (XRechnung in UBL or CII; ZUGFeRD / Factur-X PDFs) against the rules of EN 16931 and, where the invoice is an XRechnung, of XRechnung 3.0. Exit code 0 when all are valid, 1 when any is not, 2 when a file cannot be read as an invoice.</source>
        <translation>E-faturaları (UBL veya CII biçiminde XRechnung; ZUGFeRD / Factur-X PDF&apos;leri) EN 16931 kurallarına ve fatura bir XRechnung ise XRechnung 3.0 kurallarına göre doğrular. Tümü geçerliyse çıkış kodu 0, herhangi biri geçersizse 1, bir dosya fatura olarak okunamıyorsa 2 olur.</translation>
    </message>
    <message>
        <source>invoice files (XML or PDF)</source>
        <translation>fatura dosyaları (XML veya PDF)</translation>
    </message>
    <message>
        <source>one JSON object per line and file</source>
        <translation>her dosya için ayrı bir satırda bir JSON nesnesi</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: geçerli (%2, %3)</translation>
    </message>
    <message>
        <source>%1: NOT valid (%2, %3)</source>
        <translation>%1: GEÇERLİ DEĞİL (%2, %3)</translation>
    </message>
    <message>
        <source>check each invoice against the XML schema of its syntax first (UBL 2.1, CII D16B), from DIR</source>
        <translation>her faturayı önce sözdiziminin XML şemasına göre denetle (UBL 2.1, CII D16B), KLASÖR içinden</translation>
    </message>
    <message>
        <source>Shows an e-invoice as a clerk reads it, with its findings, as HTML (the same view the application prints).</source>
        <translation>Bir e-faturayı bulgularıyla birlikte, memurun okuduğu biçimde HTML olarak gösterir (uygulamanın yazdırdığı görünümün aynısı).</translation>
    </message>
    <message>
        <source>invoice file (XML or PDF)</source>
        <translation>fatura dosyası (XML veya PDF)</translation>
    </message>
    <message>
        <source>write the HTML to OUT instead of standard output</source>
        <translation>HTML&apos;i standart çıktı yerine ÇIKTI dosyasına yaz</translation>
    </message>
    <message>
        <source>e-invoices: validate, show, and the inbox (import, approve, export)</source>
        <translation>e-faturalar: doğrulama, görüntüleme ve gelen faturalar (içe aktarma, onaylama, dışa aktarma)</translation>
    </message>
    <message>
        <source>Takes e-invoices into the inbox: each is stored unchanged, validated, checked for duplicates and routed by its Leitweg-ID. Exit code 1 when any was not valid or not readable, 2 when one could not be taken in.</source>
        <translation>E-faturaları gelen faturalara alır: her biri değiştirilmeden saklanır, doğrulanır, mükerrer olup olmadığı denetlenir ve Leitweg-ID&apos;sine göre ilgili birime yönlendirilir. Herhangi biri geçersiz veya okunamaz ise çıkış kodu 1, biri alınamadıysa 2 olur.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Lists the invoices you may see, soonest due first (S: the Skonto deadline).</source>
        <translation>Görme yetkiniz olan faturaları, vadesi en yakın olandan başlayarak listeler (S: Skonto süresinin sonu).</translation>
    </message>
    <message>
        <source>only in this workflow state</source>
        <translation>yalnızca bu iş akışı durumundakiler</translation>
    </message>
    <message>
        <source>only of this department; - for the central intake queue</source>
        <translation>yalnızca bu birimin faturaları; merkezi kabul kuyruğu için -</translation>
    </message>
    <message>
        <source>only due on or before</source>
        <translation>yalnızca bu tarihte veya daha önce vadesi dolanlar</translation>
    </message>
    <message>
        <source>only invalid or unreadable invoices</source>
        <translation>yalnızca geçersiz veya okunamayan faturalar</translation>
    </message>
    <message>
        <source>only invoices not rejected or archived</source>
        <translation>yalnızca reddedilmemiş ve arşivlenmemiş faturalar</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>her satırda bir JSON nesnesi</translation>
    </message>
    <message>
        <source>--due-by needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due-by için YYYY-MM-DD biçiminde bir tarih gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>  [not valid]</source>
        <translation>  [geçersiz]</translation>
    </message>
    <message>
        <source>  [duplicate of %1?]</source>
        <translation>  [%1 ile mükerrer mi?]</translation>
    </message>
    <message>
        <source>Shows an invoice of the inbox: what was read, where it is, its findings and the arithmetic check.</source>
        <translation>Gelen faturalardan birini gösterir: okunan bilgileri, faturanın nerede olduğunu, bulgularını ve hesap kontrolünü.</translation>
    </message>
    <message>
        <source>invoice number in the inbox</source>
        <translation>faturanın gelen faturalardaki numarası</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no invoice number.</source>
        <translation>&quot;%1&quot; bir fatura numarası değil.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 from %3</source>
        <translation>Fatura %1: %2 (satıcı: %3)</translation>
    </message>
    <message>
        <source>State: %1; department: %2</source>
        <translation>Durum: %1; birim: %2</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>merkezi kabul kuyruğu</translation>
    </message>
    <message>
        <source>Amount due: %1 %2, due %3</source>
        <translation>Ödenecek tutar: %1 %2, vade tarihi %3</translation>
    </message>
    <message>
        <source>Skonto: %1 % (%2) until %3</source>
        <translation>Skonto: %1 % (%2), son tarih %3</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Okunamıyor: %1</translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Olası mükerrer kayıt: %1</translation>
    </message>
    <message>
        <source>Assigned: cost centre %1, budget item %2, %3</source>
        <translation>Atandı: masraf yeri %1, bütçe kalemi %2, %3</translation>
    </message>
    <message>
        <source>Arithmetic check (stated / computed):</source>
        <translation>Hesap kontrolü (belirtilen / hesaplanan):</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>FARKLI</translation>
    </message>
    <message>
        <source>Routes an invoice to a department by hand.</source>
        <translation>Bir faturayı elle bir birime yönlendirir.</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>birim kodu</translation>
    </message>
    <message>
        <source>Invoice %1 routed to %2.</source>
        <translation>Fatura %1, %2 birimine yönlendirildi.</translation>
    </message>
    <message>
        <source>Lists the Leitweg-IDs and their departments; --set and --remove change them (administrators).</source>
        <translation>Leitweg-ID&apos;lerini ve bağlı oldukları birimleri listeler; --set ve --remove bunları değiştirir (yöneticiler).</translation>
    </message>
    <message>
        <source>route LEITWEG-ID=DEPARTMENT</source>
        <translation>LEITWEG-ID=DEPARTMENT yönlendirmesini tanımla</translation>
    </message>
    <message>
        <source>remove the route of a Leitweg-ID</source>
        <translation>bir Leitweg-ID&apos;sinin yönlendirmesini kaldır</translation>
    </message>
    <message>
        <source>--set needs LEITWEG-ID=DEPARTMENT, not &quot;%1&quot;.</source>
        <translation>--set için LEITWEG-ID=DEPARTMENT gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>Rejects an invoice with a reason; --notice writes the rejection notice for the seller (PDF).</source>
        <translation>Bir faturayı gerekçesiyle reddeder; --notice, satıcı için ret yazısını (PDF) oluşturur.</translation>
    </message>
    <message>
        <source>Takes a step of the invoice workflow: accept_despite_findings, approve_factually (with --allocation), approve_arithmetically, order_payment, return_for_check, reject.</source>
        <translation>Fatura iş akışının bir adımını uygular: accept_despite_findings, approve_factually (--allocation ile), approve_arithmetically, order_payment, return_for_check, reject.</translation>
    </message>
    <message>
        <source>the step&apos;s key</source>
        <translation>adımın anahtarı</translation>
    </message>
    <message>
        <source>comment or reason</source>
        <translation>açıklama veya gerekçe</translation>
    </message>
    <message>
        <source>account assignment COST-CENTRE:BUDGET-ITEM[:AMOUNT], repeatable to split; without AMOUNT the whole amount due</source>
        <translation>hesap ataması COST-CENTRE:BUDGET-ITEM[:AMOUNT]; bölmek için tekrarlanabilir; AMOUNT verilmezse ödenecek tutarın tamamı</translation>
    </message>
    <message>
        <source>--allocation needs COST-CENTRE:BUDGET-ITEM[:AMOUNT], not &quot;%1&quot;.</source>
        <translation>--allocation için COST-CENTRE:BUDGET-ITEM[:AMOUNT] gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount (write it as 1234.56).</source>
        <translation>&quot;%1&quot; bir tutar değil (1234.56 biçiminde yazın).</translation>
    </message>
    <message>
        <source>Invoice %1 is now &quot;%2&quot;.</source>
        <translation>Fatura %1 artık &quot;%2&quot; durumunda.</translation>
    </message>
    <message>
        <source>Rejection notice written to %1.</source>
        <translation>Ret yazısı %1 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Hands every invoice whose payment was ordered to the finance software: a CSV and the original files into FOLDER; then files them in the e-file.</source>
        <translation>Ödeme talimatı verilmiş her faturayı muhasebe yazılımına aktarır: bir CSV dosyası ve orijinal dosyalar FOLDER klasörüne yazılır; ardından faturalar e-dosyada dosyalanır.</translation>
    </message>
    <message>
        <source>the finance software&apos;s import folder</source>
        <translation>muhasebe yazılımının içe aktarma klasörü</translation>
    </message>
    <message>
        <source>export this invoice once more, on purpose</source>
        <translation>bu faturayı bilerek bir kez daha dışa aktar</translation>
    </message>
    <message numerus="yes">
        <source>Export %1: %n invoice(s) in %2</source>
        <translation>
            <numerusform>Dışa aktarma %1: %n fatura, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filed in the e-file</source>
        <translation>
            <numerusform>%n fatura e-dosyada dosyalandı</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT FILED: %1</source>
        <translation>DOSYALANMADI: %1</translation>
    </message>
    <message>
        <source>Shows or sets (administrators) the file plan unit under which invoices are filed, one file per department and year.</source>
        <translation>Faturaların altında dosyalandığı dosya planı birimini gösterir veya (yöneticiler) belirler; her birim ve yıl için bir dosya açılır.</translation>
    </message>
    <message>
        <source>No file plan unit is set for invoices.</source>
        <translation>Faturalar için bir dosya planı birimi belirlenmemiş.</translation>
    </message>
    <message>
        <source>Files every invoice handed over but not filed yet.</source>
        <translation>Aktarılmış ancak henüz dosyalanmamış her faturayı dosyalar.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) filed.</source>
        <translation>
            <numerusform>%n fatura dosyalandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown invoice command &quot;%1&quot;.</source>
        <translation>Bilinmeyen fatura komutu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (the inbox; --help on each)</source>
        <translation>Kullanım: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (gelen faturalar; her biri için --help)</translation>
    </message>
    <message>
        <source>write the rejection notice to this file: PDF/A, or plain text for .txt</source>
        <translation>ret yazısını bu dosyaya yaz: PDF/A veya .txt için düz metin</translation>
    </message>
    <message>
        <source>No invoice is waiting to be handed over: none has its payment ordered and unexported.</source>
        <translation>Aktarılmayı bekleyen fatura yok: ödeme talimatı verilmiş ve henüz dışa aktarılmamış fatura bulunmuyor.</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (the inbox; --help on each)</source>
        <translation>Kullanım: amtsdesk-cli invoice validate FILE… [--json] [--schemas DIR] | invoice show FILE [--html OUT] | invoice %1 … (gelen faturalar; her biri için --help)</translation>
    </message>
    <message>
        <source>the digitalisation programme: sub-projects, OZG services, training, ideas, report</source>
        <translation>dijitalleşme programı: alt projeler, OZG hizmetleri, eğitimler, fikirler, rapor</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>programme area: efile, einvoice, ozg, process, training, infrastructure, other</source>
        <translation>program alanı: efile, einvoice, ozg, process, training, infrastructure, other</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>konusu</translation>
    </message>
    <message>
        <source>the login of the lead</source>
        <translation>proje sorumlusunun kullanıcı adı</translation>
    </message>
    <message>
        <source>the sponsoring department</source>
        <translation>alt projeyi üstlenen birim</translation>
    </message>
    <message>
        <source>participating departments, comma-separated</source>
        <translation>katılan birimler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>sub-projects this one depends on, comma-separated</source>
        <translation>bu alt projenin bağlı olduğu alt projeler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>planlanan başlangıç</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>planlanan bitiş</translation>
    </message>
    <message>
        <source>forecast start</source>
        <translation>öngörülen başlangıç</translation>
    </message>
    <message>
        <source>forecast end</source>
        <translation>öngörülen bitiş</translation>
    </message>
    <message>
        <source>budget planned in euros, e.g. 25000.00</source>
        <translation>avro cinsinden planlanan bütçe, ör. 25000.00</translation>
    </message>
    <message>
        <source>budget spent in euros</source>
        <translation>avro cinsinden harcanan bütçe</translation>
    </message>
    <message>
        <source>the risks</source>
        <translation>riskler</translation>
    </message>
    <message>
        <source>the e-file (reference number) for its documents</source>
        <translation>belgelerinin tutulduğu e-dosya (dosya numarası)</translation>
    </message>
    <message>
        <source>--area: &apos;%1&apos; is not a programme area; use efile, einvoice, ozg, process, training, infrastructure or other.</source>
        <translation>--area: &apos;%1&apos; bir program alanı değil; efile, einvoice, ozg, process, training, infrastructure veya other kullanın.</translation>
    </message>
    <message>
        <source>--depends-on: %1</source>
        <translation>--depends-on: %1</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an amount in euros (e.g. 25000.00).</source>
        <translation>--%1: &apos;%2&apos; avro cinsinden bir tutar değil (ör. 25000.00).</translation>
    </message>
    <message>
        <source>Usage: amtsdesk-cli programme %1 … (--help on each)</source>
        <translation>Kullanım: amtsdesk-cli programme %1 … (her biri için --help)</translation>
    </message>
    <message>
        <source>&apos;programme %1&apos; is not a command; use one of: %2.</source>
        <translation>&apos;programme %1&apos; bir komut değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>Lists the sub-projects: code, traffic light, progress, phase, department, lead, forecast end and title.</source>
        <translation>Alt projeleri listeler: kod, trafik ışığı, ilerleme, aşama, birim, proje sorumlusu, öngörülen bitiş ve başlık.</translation>
    </message>
    <message>
        <source>only those this department sponsors or takes part in</source>
        <translation>yalnızca bu birimin üstlendiği veya katıldığı alt projeler</translation>
    </message>
    <message>
        <source>only of this programme area</source>
        <translation>yalnızca bu program alanındakiler</translation>
    </message>
    <message>
        <source>only with this traffic light: green, amber, red, none</source>
        <translation>yalnızca bu trafik ışığına sahip olanlar: green, amber, red, none</translation>
    </message>
    <message>
        <source>without the completed ones</source>
        <translation>tamamlananlar hariç</translation>
    </message>
    <message>
        <source>--area: &apos;%1&apos; is not a programme area.</source>
        <translation>--area: &apos;%1&apos; bir program alanı değil.</translation>
    </message>
    <message>
        <source>--light: &apos;%1&apos; is not a traffic light; use green, amber, red or none.</source>
        <translation>--light: &apos;%1&apos; bir trafik ışığı değil; green, amber, red veya none kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-project(s)</source>
        <translation>
            <numerusform>%n alt proje</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows a sub-project with its milestones and status reports.</source>
        <translation>Bir alt projeyi kilometre taşları ve durum raporlarıyla birlikte gösterir.</translation>
    </message>
    <message>
        <source>the sub-project</source>
        <translation>alt proje</translation>
    </message>
    <message>
        <source>Area:          %1</source>
        <translation>Alan:          %1</translation>
    </message>
    <message>
        <source>Phase:         %1 (workflow item #%2)</source>
        <translation>Aşama:         %1 (iş akışı öğesi #%2)</translation>
    </message>
    <message>
        <source>Status:        %1, %2% done</source>
        <translation>Durum:         %1, %%2 tamamlandı</translation>
    </message>
    <message>
        <source>Lead:          %1</source>
        <translation>Sorumlu:       %1</translation>
    </message>
    <message>
        <source>Department:    %1</source>
        <translation>Birim:         %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, katılan birimler: %1</translation>
    </message>
    <message>
        <source>Planned:       %1 – %2</source>
        <translation>Planlanan:     %1 – %2</translation>
    </message>
    <message>
        <source>Forecast:      %1 – %2</source>
        <translation>Öngörülen:     %1 – %2</translation>
    </message>
    <message>
        <source>Budget:        %1 EUR planned, %2 EUR spent</source>
        <translation>Bütçe:         %1 EUR planlanan, %2 EUR harcanan</translation>
    </message>
    <message>
        <source>Depends on:    %1</source>
        <translation>Bağlı olduğu:  %1</translation>
    </message>
    <message>
        <source>E-file:        %1</source>
        <translation>E-dosya:       %1</translation>
    </message>
    <message>
        <source>Risks:         %1</source>
        <translation>Riskler:       %1</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Kilometre taşları:</translation>
    </message>
    <message>
        <source>(reached %1)</source>
        <translation>(%1 tarihinde ulaşıldı)</translation>
    </message>
    <message>
        <source>Status reports:</source>
        <translation>Durum raporları:</translation>
    </message>
    <message>
        <source>Creates a sub-project in the phase &apos;Idea&apos;. The programme manager may create any; a digitalisation officer those their departments sponsor. --idea carries on an adopted idea.</source>
        <translation>&apos;Idea&apos; (Fikir) aşamasında bir alt proje oluşturur. Program yöneticisi her alt projeyi oluşturabilir; dijitalleşme sorumlusu ise yalnızca kendi birimlerinin üstlendiklerini. --idea, kabul edilmiş bir fikri alt proje olarak sürdürür.</translation>
    </message>
    <message>
        <source>Changes what is given of a sub-project; the rest stays.</source>
        <translation>Bir alt projenin yalnızca belirtilen bilgilerini değiştirir; geri kalanı olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>the sub-project&apos;s code, e.g. TP-07</source>
        <translation>alt projenin kodu, ör. TP-07</translation>
    </message>
    <message>
        <source>the idea it carries on (its number)</source>
        <translation>sürdürdüğü fikir (fikrin numarası)</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 değiştirildi.</translation>
    </message>
    <message>
        <source>Created the sub-project %1.</source>
        <translation>%1 alt projesi oluşturuldu.</translation>
    </message>
    <message>
        <source>Adds a status report: a dated snapshot of traffic light, progress and text that is never changed. Amber and red need a text with the reason.</source>
        <translation>Bir durum raporu ekler: trafik ışığı, ilerleme ve metinden oluşan, tarihli ve bir daha değiştirilmeyen bir anlık görünüm. Sarı (amber) ve kırmızı (red) için gerekçeyi içeren bir metin gerekir.</translation>
    </message>
    <message>
        <source>green, amber, red or none</source>
        <translation>green, amber, red veya none</translation>
    </message>
    <message>
        <source>per cent done, 0 to 100</source>
        <translation>tamamlanma yüzdesi, 0 ile 100 arası</translation>
    </message>
    <message>
        <source>what happened, what comes next, the reason</source>
        <translation>neler oldu, sırada ne var, gerekçe</translation>
    </message>
    <message>
        <source>the day it reports on (default today)</source>
        <translation>raporun ilgili olduğu gün (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>--progress: &apos;%1&apos; is not a whole number from 0 to 100.</source>
        <translation>--progress: &apos;%1&apos;, 0 ile 100 arasında bir tam sayı değil.</translation>
    </message>
    <message>
        <source>Status report %1 added to %2.</source>
        <translation>%1 numaralı durum raporu %2 alt projesine eklendi.</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>son tarih</translation>
    </message>
    <message>
        <source>the day it was reached (default today)</source>
        <translation>ulaşıldığı gün (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>Adds a milestone to a sub-project.</source>
        <translation>Bir alt projeye kilometre taşı ekler.</translation>
    </message>
    <message>
        <source>what is reached</source>
        <translation>ulaşılacak hedef</translation>
    </message>
    <message>
        <source>Marks a milestone reached.</source>
        <translation>Bir kilometre taşını ulaşıldı olarak işaretler.</translation>
    </message>
    <message>
        <source>Moves an open milestone to a new due date.</source>
        <translation>Açık bir kilometre taşını yeni bir son tarihe taşır.</translation>
    </message>
    <message>
        <source>the milestone&apos;s number (as &apos;programme show&apos; lists it)</source>
        <translation>kilometre taşının numarası (&apos;programme show&apos; komutunun listelediği biçimde)</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme milestone add CODE TITLE --due DATE | milestone done ID [--date DATE] | milestone move ID --due DATE</source>
        <translation>Kullanım: amtsdesk-cli programme milestone add CODE TITLE --due DATE | milestone done ID [--date DATE] | milestone move ID --due DATE</translation>
    </message>
    <message>
        <source>%1: --due is needed.</source>
        <translation>%1: --due gerekli.</translation>
    </message>
    <message>
        <source>Milestone #%1 added to %2, due %3.</source>
        <translation>Kilometre taşı #%1, %2 alt projesine eklendi; son tarih: %3.</translation>
    </message>
    <message>
        <source>Milestone #%1 reached.</source>
        <translation>Kilometre taşı #%1: ulaşıldı.</translation>
    </message>
    <message>
        <source>Milestone #%1 moved.</source>
        <translation>Kilometre taşı #%1 için son tarih değiştirildi.</translation>
    </message>
    <message>
        <source>The status report / newsletter of the programme for a day, for one department or the whole programme: as PDF (with the charts), as HTML, or as a text summary when neither is asked for.</source>
        <translation>Programın belirli bir gündeki durum raporu / bülteni; tek bir birim ya da tüm program için: PDF olarak (grafiklerle birlikte), HTML olarak veya ikisi de istenmezse metin özeti olarak.</translation>
    </message>
    <message>
        <source>write the report as PDF</source>
        <translation>raporu PDF olarak yaz</translation>
    </message>
    <message>
        <source>write the report as HTML</source>
        <translation>raporu HTML olarak yaz</translation>
    </message>
    <message>
        <source>the day it stands on (default today)</source>
        <translation>raporun esas aldığı gün (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>only this department</source>
        <translation>yalnızca bu birim</translation>
    </message>
    <message>
        <source>days looked back (reached, went online) and ahead (due); default 30</source>
        <translation>geriye (ulaşılan, yayına alınan) ve ileriye (son tarihi gelen) bakılacak gün sayısı; varsayılan 30</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a number of days from 1 to 366.</source>
        <translation>--period: &apos;%1&apos;, 1 ile 366 arasında bir gün sayısı değil.</translation>
    </message>
    <message>
        <source>Wrote the status report to %1.</source>
        <translation>Durum raporu %1 dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Status report %1, %2</source>
        <translation>Durum raporu %1, %2</translation>
    </message>
    <message>
        <source>Sub-projects: %1 (%2 at risk, %3 off track)</source>
        <translation>Alt projeler: %1 (%2 risk altında, %3 hedeften sapmış)</translation>
    </message>
    <message>
        <source>Milestones: %1 reached since %2, %3 due until %4, %5 overdue</source>
        <translation>Kilometre taşları: %2 tarihinden bu yana ulaşılan %1, %4 tarihine kadar son tarihi gelen %3, gecikmiş %5</translation>
    </message>
    <message>
        <source>OZG services: %1, %2 went online since %3</source>
        <translation>OZG hizmetleri: %1, %3 tarihinden bu yana yayına alınan %2</translation>
    </message>
    <message>
        <source>Training: %1 of %2 required trainings done (%3%)</source>
        <translation>Eğitim: %2 zorunlu eğitimden %1 tanesi tamamlandı (%%3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>%1: &apos;%2&apos;, %3 ile %4 arasında bir tam sayı değil.</translation>
    </message>
    <message>
        <source>Imports the OZG / LeiKa catalogue from CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic). A re-import updates; rows that do not fit are listed with their line. Exit code 1 when rows were rejected.</source>
        <translation>OZG / LeiKa kataloğunu CSV dosyasından içe aktarır (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic). Yeniden içe aktarma mevcut kayıtları günceller; uymayan satırlar satır numaralarıyla listelenir. Reddedilen satır varsa çıkış kodu 1 olur.</translation>
    </message>
    <message>
        <source>the catalogue (CSV, UTF-8)</source>
        <translation>katalog (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 eklendi, %2 güncellendi, %3 değişmedi, %4 reddedildi.</translation>
    </message>
    <message>
        <source>Finds services in the imported catalogue by name, LeiKa key or OZG id.</source>
        <translation>İçe aktarılan katalogda hizmetleri ada, LeiKa anahtarına veya OZG kimliğine göre arar.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n sonuç bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme catalogue import FILE | catalogue find TEXT</source>
        <translation>Kullanım: amtsdesk-cli programme catalogue import FILE | catalogue find TEXT</translation>
    </message>
    <message>
        <source>Lists the OZG services the district offers with their maturity now and the target (model/level), status and go-live.</source>
        <translation>İlçe idaresinin sunduğu OZG hizmetlerini mevcut ve hedeflenen olgunluk düzeyleri (model/düzey), durumları ve yayına alınma tarihleriyle birlikte listeler.</translation>
    </message>
    <message>
        <source>only of this department</source>
        <translation>yalnızca bu birime ait olanlar</translation>
    </message>
    <message>
        <source>only open, planning, in_progress or done</source>
        <translation>yalnızca open, planning, in_progress veya done durumundakiler</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status; use open, planning, in_progress or done.</source>
        <translation>--status: &apos;%1&apos; bir durum değil; open, planning, in_progress veya done kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n hizmet</numerusform>
        </translation>
    </message>
    <message>
        <source>the responsible department</source>
        <translation>sorumlu birim</translation>
    </message>
    <message>
        <source>the sub-project that implements it</source>
        <translation>hizmeti hayata geçiren alt proje</translation>
    </message>
    <message>
        <source>maturity model 1.1 (levels 0-4) or 2.0 (0-7); default 2.0</source>
        <translation>olgunluk modeli 1.1 (düzey 0-4) veya 2.0 (0-7); varsayılan 2.0</translation>
    </message>
    <message>
        <source>the maturity level now</source>
        <translation>mevcut olgunluk düzeyi</translation>
    </message>
    <message>
        <source>the level aimed at (default 3)</source>
        <translation>hedeflenen düzey (varsayılan 3)</translation>
    </message>
    <message>
        <source>the online service (http or https)</source>
        <translation>çevrim içi hizmetin adresi (http veya https)</translation>
    </message>
    <message>
        <source>when it went or goes online</source>
        <translation>yayına alındığı veya alınacağı tarih</translation>
    </message>
    <message>
        <source>open, planning, in_progress or done</source>
        <translation>open, planning, in_progress veya done</translation>
    </message>
    <message>
        <source>the day the level was reached (default today)</source>
        <translation>düzeye ulaşıldığı gün (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>neyin değiştiği</translation>
    </message>
    <message>
        <source>Offers a service of the catalogue in the district.</source>
        <translation>Katalogdaki bir hizmeti ilçe idaresinin sunduğu hizmetler arasına ekler.</translation>
    </message>
    <message>
        <source>the LeiKa key, or the OZG id</source>
        <translation>LeiKa anahtarı veya OZG kimliği</translation>
    </message>
    <message>
        <source>Records a new maturity level of an offered service; kept in its history.</source>
        <translation>Sunulan bir hizmetin yeni olgunluk düzeyini kaydeder; bu düzey hizmetin geçmişinde saklanır.</translation>
    </message>
    <message>
        <source>the service&apos;s number (as &apos;programme services&apos; lists it)</source>
        <translation>hizmetin numarası (&apos;programme services&apos; komutunun listelediği biçimde)</translation>
    </message>
    <message>
        <source>Shows how the maturity of an offered service changed.</source>
        <translation>Sunulan bir hizmetin olgunluk düzeyinin nasıl değiştiğini gösterir.</translation>
    </message>
    <message>
        <source>the service&apos;s number</source>
        <translation>hizmetin numarası</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme service offer KEY --department CODE … | service maturity ID --level N … | service history ID</source>
        <translation>Kullanım: amtsdesk-cli programme service offer KEY --department CODE … | service maturity ID --level N … | service history ID</translation>
    </message>
    <message>
        <source>--model: &apos;%1&apos; is not a maturity model; use 1.1 or 2.0.</source>
        <translation>--model: &apos;%1&apos; bir olgunluk modeli değil; 1.1 veya 2.0 kullanın.</translation>
    </message>
    <message>
        <source>%1: --level is needed.</source>
        <translation>%1: --level gerekli.</translation>
    </message>
    <message>
        <source>Service #%1 now at maturity level %2 (model %3).</source>
        <translation>Hizmet #%1 artık %2 olgunluk düzeyinde (model %3).</translation>
    </message>
    <message>
        <source>--subproject: %1</source>
        <translation>--subproject: %1</translation>
    </message>
    <message>
        <source>Service #%1 offered: %2.</source>
        <translation>Hizmet #%1 sunulan hizmetlere eklendi: %2.</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>birim</translation>
    </message>
    <message>
        <source>the day (default today)</source>
        <translation>gün (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>Lists the staff directory, or adds a member of staff with --add NAME.</source>
        <translation>Personel listesini gösterir veya --add NAME ile yeni bir personel ekler.</translation>
    </message>
    <message>
        <source>add this person</source>
        <translation>bu kişiyi ekle</translation>
    </message>
    <message>
        <source>their position</source>
        <translation>kişinin unvanı</translation>
    </message>
    <message>
        <source>their Amtsdesk login, if they have one</source>
        <translation>varsa kişinin Amtsdesk kullanıcı adı</translation>
    </message>
    <message>
        <source>--login: %1</source>
        <translation>--login: %1</translation>
    </message>
    <message>
        <source>Staff member #%1 added: %2.</source>
        <translation>Personel #%1 eklendi: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of staff</source>
        <translation>
            <numerusform>%n personel</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the courses, or adds one with --add CODE --title TEXT --kind KIND.</source>
        <translation>Kursları listeler veya --add CODE --title TEXT --kind KIND ile yeni bir kurs ekler.</translation>
    </message>
    <message>
        <source>the new course&apos;s code</source>
        <translation>yeni kursun kodu</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>kursun başlığı</translation>
    </message>
    <message>
        <source>efile_training, einvoice_training, digital_training, lightning_talk, consultation, citizen_workshop or workshop</source>
        <translation>efile_training, einvoice_training, digital_training, lightning_talk, consultation, citizen_workshop veya workshop</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not a kind of course; see &apos;programme course --help&apos;.</source>
        <translation>--kind: &apos;%1&apos; bir kurs türü değil; bkz. &apos;programme course --help&apos;.</translation>
    </message>
    <message>
        <source>Course %1 added.</source>
        <translation>%1 kursu eklendi.</translation>
    </message>
    <message>
        <source>Lists the sessions of a course, or adds one with --add DATE.</source>
        <translation>Bir kursun oturumlarını listeler veya --add DATE ile yeni bir oturum ekler.</translation>
    </message>
    <message>
        <source>the course&apos;s code</source>
        <translation>kursun kodu</translation>
    </message>
    <message>
        <source>a session on this day</source>
        <translation>bu tarihte bir oturum</translation>
    </message>
    <message>
        <source>where</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>who trains</source>
        <translation>eğitmen</translation>
    </message>
    <message>
        <source>Session #%1 of %2 on %3 added.</source>
        <translation>%2 kursuna %3 tarihli oturum #%1 eklendi.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that members of staff attended a session.</source>
        <translation>Personelin bir oturuma katıldığını kaydeder.</translation>
    </message>
    <message>
        <source>the session&apos;s number</source>
        <translation>oturumun numarası</translation>
    </message>
    <message>
        <source>staff numbers</source>
        <translation>personel numaraları</translation>
    </message>
    <message>
        <source>staff #%1: %2</source>
        <translation>personel #%1: %2</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>Katılım kaydedildi.</translation>
    </message>
    <message>
        <source>Attendance recorded where possible.</source>
        <translation>Katılım, mümkün olduğu ölçüde kaydedildi.</translation>
    </message>
    <message>
        <source>Makes a course required for a department&apos;s staff or for a role&apos;s holders.</source>
        <translation>Bir kursu, bir birimin personeli veya bir rolün sahipleri için zorunlu kılar.</translation>
    </message>
    <message>
        <source>the role, e.g. invoice_checker</source>
        <translation>rol, ör. invoice_checker</translation>
    </message>
    <message>
        <source>%1 is now required.</source>
        <translation>%1 artık zorunlu.</translation>
    </message>
    <message>
        <source>Per department and required course: how many of the staff who must take it have.</source>
        <translation>Birim ve zorunlu kurs bazında: kursu alması gereken personelden kaçının aldığını gösterir.</translation>
    </message>
    <message>
        <source>new, review, adopted or declined</source>
        <translation>new, review, adopted veya declined</translation>
    </message>
    <message>
        <source>Lists the ideas and suggestions, newest first.</source>
        <translation>Fikirleri ve önerileri en yeniden başlayarak listeler.</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status of an idea; use new, review, adopted or declined.</source>
        <translation>--status: &apos;%1&apos; bir fikir durumu değil; new, review, adopted veya declined kullanın.</translation>
    </message>
    <message>
        <source>Records an idea or suggestion.</source>
        <translation>Bir fikir veya öneri kaydeder.</translation>
    </message>
    <message>
        <source>the idea in a line</source>
        <translation>tek satırda fikir</translation>
    </message>
    <message>
        <source>who brought it</source>
        <translation>fikri getiren kişi</translation>
    </message>
    <message>
        <source>consultation, innovation_team, staff_workshop, citizen_workshop, lightning_talk or other</source>
        <translation>consultation, innovation_team, staff_workshop, citizen_workshop, lightning_talk veya other</translation>
    </message>
    <message>
        <source>the department it concerns</source>
        <translation>ilgili birim</translation>
    </message>
    <message>
        <source>more about it</source>
        <translation>ayrıntılar</translation>
    </message>
    <message>
        <source>--source: &apos;%1&apos; is not a source of ideas; see &apos;programme idea add --help&apos;.</source>
        <translation>--source: &apos;%1&apos; bir fikir kaynağı değil; bkz. &apos;programme idea add --help&apos;.</translation>
    </message>
    <message>
        <source>Idea #%1 recorded.</source>
        <translation>Fikir #%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Moves an idea to review, adopts or declines it (declining needs --reason). &apos;programme add CODE --idea ID&apos; turns an idea into a sub-project.</source>
        <translation>Bir fikri incelemeye alır, kabul eder veya reddeder (reddetmek için --reason gerekir). &apos;programme add CODE --idea ID&apos; bir fikri alt projeye dönüştürür.</translation>
    </message>
    <message>
        <source>the idea&apos;s number</source>
        <translation>fikrin numarası</translation>
    </message>
    <message>
        <source>review, adopted or declined</source>
        <translation>review, adopted veya declined</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision; use review, adopted or declined.</source>
        <translation>&apos;%1&apos; bir karar değil; review, adopted veya declined kullanın.</translation>
    </message>
    <message>
        <source>Idea #%1: %2.</source>
        <translation>Fikir #%1: %2.</translation>
    </message>
    <message>
        <source>Use: amtsdesk-cli programme idea add TITLE … | idea decide ID review|adopted|declined [--reason TEXT]</source>
        <translation>Kullanım: amtsdesk-cli programme idea add TITLE … | idea decide ID review|adopted|declined [--reason TEXT]</translation>
    </message>
    <message>
        <source>fill a new demo store with a district&apos;s records at a chosen size</source>
        <translation>yeni bir demo veri deposunu, seçilen boyutta bir ilçe idaresinin kayıtlarıyla doldur</translation>
    </message>
    <message>
        <source>check integrity, the audit chain, every document&apos;s hash and that every record is whole</source>
        <translation>bütünlüğü, denetim zincirini, her belgenin hash değerini ve her kaydın eksiksiz olduğunu denetle</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Fills a new demo store with a district&apos;s ten years of synthetic records: files, cases in every state, documents as PDFs with German text, invoices, the programme. The same seed gives the same content. Ctrl+C stops after the current batch; the same command then goes on where it stopped.</source>
        <translation>Yeni bir demo veri deposunu, bir ilçe idaresinin on yıllık yapay kayıtlarıyla doldurur: dosyalar, her durumda işlemler, Almanca metinli PDF belgeler, faturalar, program. Aynı tohum değeri aynı içeriği üretir. Ctrl+C geçerli partiden sonra durdurur; aynı komut daha sonra kaldığı yerden devam eder.</translation>
    </message>
    <message>
        <source>how many documents (default 10000)</source>
        <translation>belge sayısı (varsayılan 10000)</translation>
    </message>
    <message>
        <source>seed of the random content (default 1)</source>
        <translation>rastgele içeriğin tohum değeri (varsayılan 1)</translation>
    </message>
    <message>
        <source>last day of the ten years (default: today)</source>
        <translation>on yıllık dönemin son günü (varsayılan: bugün)</translation>
    </message>
    <message>
        <source>documents per transaction (default 2000)</source>
        <translation>veritabanı işlemi (transaction) başına belge sayısı (varsayılan 2000)</translation>
    </message>
    <message>
        <source>generate: --documents needs a positive number, not &quot;%1&quot;.</source>
        <translation>generate: --documents için pozitif bir sayı gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>generate: --seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>generate: --seed için bir tam sayı gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>generate: --batch needs a positive number, not &quot;%1&quot;.</source>
        <translation>generate: --batch için pozitif bir sayı gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>generate: --until needs a date such as 2026-03-01, not &quot;%1&quot;.</source>
        <translation>generate: --until için 2026-03-01 gibi bir tarih gerekir, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>%1 of %2 documents (%3 %), %4 documents/s, %5 left</source>
        <translation>%1 / %2 belge (%3 %), %4 belge/sn, kalan %5</translation>
    </message>
    <message>
        <source>The store %1 holds %2 documents (%3 pages) in %4 files with %5 cases, and %6 invoices.</source>
        <translation>%1 veri deposunda %4 dosya ve %5 işlem içinde %2 belge (%3 sayfa) ile %6 fatura bulunuyor.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 documents; the store %3 is valid. Run the same command again to go on.</source>
        <translation>%2 belgenin %1 tanesinden sonra durduruldu; %3 veri deposu geçerli. Devam etmek için aynı komutu yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>This run added %1 documents in %2 (%3 documents/s).</source>
        <translation>Bu çalıştırma %2 içinde %1 belge ekledi (%3 belge/sn).</translation>
    </message>
    <message>
        <source>Disk use: database %1, documents %2 in %3 blobs; %4 per 100,000 documents.</source>
        <translation>Disk kullanımı: veritabanı %1, belgeler %3 belge dosyasında %2; 100.000 belge başına %4.</translation>
    </message>
    <message>
        <source>From idea:     #%1 %2</source>
        <translation>Kaynak fikir:  #%1 %2</translation>
    </message>
    <message>
        <source>Checks SQLite integrity, the whole audit chain, every stored document&apos;s hash and that every record is whole.</source>
        <translation>SQLite bütünlüğünü, tüm denetim zincirini, saklanan her belgenin hash değerini ve her kaydın eksiksiz olduğunu denetler.</translation>
    </message>
    <message>
        <source>also check the audit chain against the head saved in FILE (audit-head --save)</source>
        <translation>denetim zincirini FILE içinde kaydedilmiş son hash değerine göre de denetle (audit-head --save)</translation>
    </message>
    <message>
        <source>then, if the store is intact, remove the stored files no record references that are older than an hour (left by interrupted imports)</source>
        <translation>ardından, veri deposu sağlamsa, hiçbir kaydın başvurmadığı ve bir saatten eski olan saklanmış dosyaları kaldır (yarıda kalan içe aktarmalardan kalanlar)</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Denetim kaydı: %1</translation>
    </message>
    <message>
        <source>Audit trail: entry %1 still carries the head saved on %2.</source>
        <translation>Denetim kaydı: %1 numaralı girdi, %2 tarihinde kaydedilen son hash değerini hâlâ taşıyor.</translation>
    </message>
    <message>
        <source>Documents: %1 unreferenced files removed.</source>
        <translation>Belgeler: başvurulmayan %1 dosya kaldırıldı.</translation>
    </message>
    <message>
        <source>also save it with the number of entries, the time and the store in FILE, for &apos;verify --expect-head-file&apos;</source>
        <translation>bunu girdi sayısı, zaman ve veri deposu bilgisiyle birlikte FILE içine de kaydet (&apos;verify --expect-head-file&apos; için)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the audit head (%n entries) to %1.</source>
        <translation>
            <numerusform>Denetim kaydının son hash değeri (%n girdi) %1 dosyasına kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a consistent backup of the store and its documents into the new folder DEST, also while others work; the copy is verified before it is kept. With --rotate, DEST is the folder of the backups: each goes into a sub-folder named by its time, and only the newest N stay (older ones are removed after the new one verified).</source>
        <translation>Veri deposunun ve belgelerinin tutarlı bir yedeğini, başkaları çalışırken de, yeni DEST klasörüne yazar; kopya saklanmadan önce doğrulanır. --rotate ile DEST yedeklerin klasörüdür: her yedek, zamanına göre adlandırılan bir alt klasöre yazılır ve yalnızca en yeni N yedek kalır (eskiler, yeni yedek doğrulandıktan sonra kaldırılır).</translation>
    </message>
    <message>
        <source>a folder that does not exist yet (or is empty); with --rotate the folder of the backups</source>
        <translation>henüz mevcut olmayan (veya boş) bir klasör; --rotate ile yedeklerin klasörü</translation>
    </message>
    <message>
        <source>keep the newest N backups in DEST</source>
        <translation>DEST içinde en yeni N yedeği sakla</translation>
    </message>
    <message>
        <source>--rotate: &apos;%1&apos; is not a number of backups from 1 to 1000.</source>
        <translation>--rotate: &apos;%1&apos;, 1 ile 1000 arasında bir yedek sayısı değil.</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>Eski yedek %1 kaldırıldı.</translation>
    </message>
    <message>
        <source>the programme&apos;s milestones instead: per month due, how many were reached on time, late, or are overdue</source>
        <translation>bunun yerine programın kilometre taşları: son tarihin düştüğü her ay için kaçına zamanında, kaçına geç ulaşıldığı ve kaçının gecikmede olduğu</translation>
    </message>
    <message>
        <source>with --milestones: only the sub-projects this department sponsors</source>
        <translation>--milestones ile: yalnızca bu birimin üstlendiği alt projeler</translation>
    </message>
    <message>
        <source>--department goes with --milestones.</source>
        <translation>--department, --milestones ile birlikte kullanılır.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>İş akışı</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Medyan sa</translation>
    </message>
    <message>
        <source>90 % h</source>
        <translation>90 % sa</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Vade ayı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vadesi gelen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Zamanında</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Gecikmeli</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçmiş</translation>
    </message>
    <message>
        <source>Median delay (days)</source>
        <translation>Medyan gecikme (gün)</translation>
    </message>
    <message>
        <source>%1 cannot be written; it is read as it is, without changing anything.</source>
        <translation>%1 yazılamıyor; hiçbir şey değiştirilmeden olduğu gibi okunuyor.</translation>
    </message>
    <message>
        <source>merge the search index into one piece after a bulk import</source>
        <translation>büyük bir içe aktarmadan sonra arama dizinini tek parçada birleştir</translation>
    </message>
    <message>
        <source>All documents written; merging the search index, step %1</source>
        <translation>Tüm belgeler yazıldı; arama dizini birleştiriliyor, adım %1</translation>
    </message>
    <message>
        <source>The search index was merged into one piece in %1.</source>
        <translation>Arama dizini %1 içinde tek parçada birleştirildi.</translation>
    </message>
    <message>
        <source>Merges the full-text index into one piece. Every import adds a piece, which the index combines only bit by bit; after a large import (thousands of documents) prefix and phrase searches read many pieces, and after the merge they take about half the time. Works in short steps: others may go on working meanwhile. About half a minute per 100,000 documents.</source>
        <translation>Tam metin dizinini tek parçada birleştirir. Her içe aktarma bir parça ekler ve dizin bunları ancak yavaş yavaş birleştirir; büyük bir içe aktarmadan (binlerce belge) sonra önek ve ifade aramaları birçok parçayı okur, birleştirmeden sonra yaklaşık yarı sürede biter. Kısa adımlarla çalışır: bu sırada başkaları çalışmaya devam edebilir. 100.000 belge başına yaklaşık yarım dakika.</translation>
    </message>
    <message>
        <source>The search index was in one piece already.</source>
        <translation>Arama dizini zaten tek parçaydı.</translation>
    </message>
    <message>
        <source>The search index is in one piece now (%1 steps, %2 s).</source>
        <translation>Arama dizini artık tek parça (%1 adım, %2 sn).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Işık</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is already a file at %1; a new store is only created where none exists.</source>
        <translation>%1 konumunda zaten bir dosya var; yeni veri deposu yalnızca henüz dosya bulunmayan bir yerde oluşturulur.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>There is no Amtsdesk store at %1.</source>
        <translation>%1 konumunda Amtsdesk veri deposu yok.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Amtsdesk store.</source>
        <translation>%1 bir klasör, Amtsdesk veri deposu değil.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Amtsdesk store; it was left as it is.</source>
        <translation>%1 boş bir dosya, Amtsdesk veri deposu değil; dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 is not an Amtsdesk store (not an SQLite database); it was left as it is.</source>
        <translation>%1 bir Amtsdesk veri deposu değil (SQLite veritabanı değil); dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Amtsdesk store; it was left as it is.</source>
        <translation>%1 başka bir programa ait bir SQLite veritabanı, Amtsdesk veri deposu değil; dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Amtsdesk (schema %2; this program knows up to %3). Install the newer version; the store was left as it is.</source>
        <translation>%1 daha yeni bir Amtsdesk sürümüyle yazılmış (şema %2; bu program en fazla şema %3 sürümünü tanıyor). Yeni sürümü kurun; veri deposuna dokunulmadı.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>%1 veri deposu açılamıyor: %2</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>%1 veri deposu okunamıyor: %2</translation>
    </message>
    <message>
        <source>The store %1 does not say what kind of store it is.</source>
        <translation>%1 veri deposu ne tür bir depo olduğunu belirtmiyor.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt installation does not expose its connection.</source>
        <translation>Bu Qt kurulumunun SQLite sürücüsü bağlantısına erişim sağlamıyor.</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging; it must be on a local disk, not a network share.</source>
        <translation>%1 veri deposu write-ahead logging kullanamıyor; ağ paylaşımında değil, yerel bir diskte bulunmalıdır.</translation>
    </message>
    <message>
        <source>This program was built without its schema migrations.</source>
        <translation>Bu program şema geçişleri olmadan derlenmiş.</translation>
    </message>
    <message>
        <source>Before updating its schema, a copy of the store could not be written to %1: %2</source>
        <translation>Şema güncellenmeden önce veri deposunun bir kopyası %1 konumuna yazılamadı: %2</translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>%1 geçişi okunamıyor.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>%1 şema geçişi başarısız oldu: %2</translation>
    </message>
    <message>
        <source>A database statement could not be prepared: %1</source>
        <translation>Bir veritabanı komutu hazırlanamadı: %1</translation>
    </message>
    <message>
        <source>The change breaks a rule of the store: %1</source>
        <translation>Değişiklik veri deposunun bir kuralını ihlal ediyor: %1</translation>
    </message>
    <message>
        <source>The store is damaged: %1</source>
        <translation>Veri deposu bozuk: %1</translation>
    </message>
    <message>
        <source>A database statement failed: %1</source>
        <translation>Bir veritabanı komutu başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The store is busy: another Amtsdesk (or a backup) has kept it locked for more than %1 seconds. Please try again in a moment.</source>
        <translation>Veri deposu meşgul: başka bir Amtsdesk örneği (veya bir yedekleme) depoyu %1 saniyeden uzun süredir kilitli tutuyor. Lütfen biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>A new store cannot be created at %1: %2.</source>
        <translation>%1 konumunda yeni bir veri deposu oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened for work: %2. It was left as it is; &apos;amtsdesk-cli verify&apos; and &apos;backup&apos; can still read it.</source>
        <translation>%1 veri deposu çalışmak için açılamıyor: %2. Olduğu gibi bırakıldı; &apos;amtsdesk-cli verify&apos; ve &apos;backup&apos; onu yine de okuyabilir.</translation>
    </message>
    <message>
        <source>The store %1 is read-only and was not closed properly: its write-ahead log %2 holds changes that can only be read where the store can be written. Copy the store&apos;s folder to a writable disk and open the copy.</source>
        <translation>%1 veri deposu salt okunur ve düzgün kapatılmamış: önceden yazma günlüğü %2, yalnızca veri deposunun yazılabildiği yerde okunabilen değişiklikler içeriyor. Veri deposunun klasörünü yazılabilir bir diske kopyalayın ve kopyayı açın.</translation>
    </message>
    <message>
        <source>%1 was written by an older Amtsdesk (schema %2) and must be updated before it can be read, which needs a writable store; it was left as it is.</source>
        <translation>%1 daha eski bir Amtsdesk tarafından yazılmış (şema %2) ve okunabilmesi için güncellenmesi gerekiyor; bunun için veri deposunun yazılabilir olması gerekir. Olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full; nothing was changed. Free some space there and try again.</source>
        <translation>%1 veri deposunun bulunduğu disk dolu; hiçbir şey değiştirilmedi. Orada yer açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>%1 veri deposu salt okunur; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A database statement failed: %1 (%2)</source>
        <translation>Bir veritabanı komutu başarısız oldu: %1 (%2)</translation>
    </message>
    <message>
        <source>The copy of the database could not be written: %1.</source>
        <translation>Veritabanının kopyası yazılamadı: %1.</translation>
    </message>
    <message>
        <source>The copy of the database could not be written to %1: %2</source>
        <translation>Veritabanının kopyası %1 konumuna yazılamadı: %2</translation>
    </message>
</context>
<context>
    <name>DemoDistrict</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demo verileri yalnızca bir demo veri deposuna yazılır, asla gerçek bir depoya yazılmaz.</translation>
    </message>
</context>
<context>
    <name>DemoInvoices</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demo verileri yalnızca bir demo veri deposuna yazılır, asla gerçek bir depoya yazılmaz.</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the demo invoices.</source>
        <translation>Demo faturaları için geçici bir klasör oluşturulamıyor.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
</context>
<context>
    <name>DemoProgramme</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demo verileri yalnızca bir demo veri deposuna yazılır, asla gerçek bir depoya yazılmaz.</translation>
    </message>
</context>
<context>
    <name>DemoRecords</name>
    <message>
        <source>The demo letter %1 cannot be written: %2</source>
        <translation>Demo mektubu %1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the demo letters can be made.</source>
        <translation>Demo mektupları için geçici klasör oluşturulamıyor.</translation>
    </message>
</context>
<context>
    <name>DiskError</name>
    <message>
        <source>the disk holding %1 is full (free some space there and try again)</source>
        <translation>%1 konumunun bulunduğu disk dolu (orada yer açın ve yeniden deneyin)</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 salt okunur bir diskte</translation>
    </message>
    <message>
        <source>you may not write to %1</source>
        <translation>%1 konumuna yazma izniniz yok</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error (%2)</source>
        <translation>%1 konumunun bulunduğu disk bir giriş/çıkış hatası bildirdi (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>%1 may not ask for the destruction of files.</source>
        <translation>%1 dosyaların imhasını talep edemez.</translation>
    </message>
    <message>
        <source>The retention period of %1 has not ended; it cannot be destroyed.</source>
        <translation>%1 dosyasının saklama süresi dolmadı; dosya imha edilemez.</translation>
    </message>
    <message>
        <source>The destruction of %1 has been asked for already.</source>
        <translation>%1 dosyasının imhası zaten talep edildi.</translation>
    </message>
    <message>
        <source>There is no destruction request number %1.</source>
        <translation>%1 numaralı imha talebi yok.</translation>
    </message>
    <message>
        <source>%1 has been destroyed already.</source>
        <translation>%1 zaten imha edildi.</translation>
    </message>
    <message>
        <source>%1 may not approve the destruction of %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1, %2 dosyasının imhasını onaylayamaz: bunun için &quot;%3&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>%1 asked for the destruction of %2 and so cannot approve it: four eyes are needed.</source>
        <translation>%1, %2 dosyasının imhasını kendisi talep ettiği için onaylayamaz: dört göz ilkesi geçerlidir.</translation>
    </message>
</context>
<context>
    <name>DocumentIndex</name>
    <message>
        <source>There is no document version number %1.</source>
        <translation>%1 numaralı belge sürümü yok.</translation>
    </message>
</context>
<context>
    <name>DocumentIndexer</name>
    <message>
        <source>There is no document version number %1.</source>
        <translation>%1 numaralı belge sürümü yok.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: it is stored, but its text can only be searched once the password is given.</source>
        <translation>%1 parola korumalı: dosya saklandı, ancak metninde arama ancak parola verildikten sonra yapılabilir.</translation>
    </message>
    <message>
        <source>The password given for %1 is wrong: it is stored without its text.</source>
        <translation>%1 için verilen parola yanlış: dosya, metni olmadan saklandı.</translation>
    </message>
    <message>
        <source>%1 is stored, but cannot be indexed or previewed: %2</source>
        <translation>%1 saklandı, ancak dizine eklenemiyor ve önizlenemiyor: %2</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scan?): it can be read and previewed, not searched.</source>
        <translation>%1 metin katmanı içermiyor (taranmış belge mi?): okunabilir ve önizlenebilir, ancak içinde arama yapılamaz.</translation>
    </message>
    <message>
        <source>%1 has more text than Amtsdesk indexes; the rest is not searchable.</source>
        <translation>%1, Amtsdesk&apos;in dizine eklediğinden daha fazla metin içeriyor; kalan kısımda arama yapılamaz.</translation>
    </message>
    <message>
        <source>The stored file of %1 cannot be read: %2</source>
        <translation>%1 için saklanan dosya okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; only its beginning is searchable.</source>
        <translation>%1, 20 MB&apos;tan büyük; yalnızca başlangıç kısmında arama yapılabilir.</translation>
    </message>
    <message>
        <source>This kind of file has no text to index.</source>
        <translation>Bu tür dosyalarda dizine eklenecek metin yok.</translation>
    </message>
    <message>
        <source>PDFs and images are read by the worker process, and none was given.</source>
        <translation>PDF&apos;ler ve görüntüler yardımcı süreç tarafından okunur; ancak hiçbir süreç verilmedi.</translation>
    </message>
    <message>
        <source>%1 is an image: it can be previewed, not searched (Amtsdesk does not recognise text in images).</source>
        <translation>%1 bir görüntü: önizlenebilir ancak aranamaz (Amtsdesk görüntülerdeki metni tanımaz).</translation>
    </message>
</context>
<context>
    <name>DocumentSearch</name>
    <message>
        <source>Type at least one word to search for; filters alone are not a search.</source>
        <translation>Aramak için en az bir sözcük yazın; yalnızca filtrelerle arama yapılamaz.</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; needs a date such as 2026-03-01 or 1.3.2026.</source>
        <translation>&quot;%1:%2&quot; için 2026-03-01 ya da 1.3.2026 gibi bir tarih gerekli.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Arama yapılamadı: %1</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>There is no case number %1.</source>
        <translation>%1 numaralı işlem yok.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>%1 numaralı belge yok.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bir dosya değil.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; split it or store it elsewhere.</source>
        <translation>%1, 2 GB&apos;tan büyük; dosyayı bölün ya da başka bir yerde saklayın.</translation>
    </message>
    <message>
        <source>This kind of file has no text to index.</source>
        <translation>Bu tür dosyalarda dizine eklenecek metin yok.</translation>
    </message>
    <message>
        <source>A document title may have at most 500 characters.</source>
        <translation>Bir belge başlığı en fazla 500 karakter olabilir.</translation>
    </message>
    <message>
        <source>There is no document version number %1.</source>
        <translation>%1 numaralı belge sürümü yok.</translation>
    </message>
    <message>
        <source>Notes belong to cases and documents.</source>
        <translation>Notlar işlemlere ve belgelere aittir.</translation>
    </message>
    <message>
        <source>A note needs 1 to 20,000 characters.</source>
        <translation>Bir not 1 ile 20.000 karakter arasında olmalıdır.</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <source>%1 exists already and is not an empty folder; choose a new folder for the export.</source>
        <translation>%1 zaten var ve boş bir klasör değil; dışa aktarma için yeni bir klasör seçin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>%1 could not be written. Is the disk full?</source>
        <translation>%1 yazılamadı. Disk dolu mu?</translation>
    </message>
    <message>
        <source>The file %1 has no case number %2.</source>
        <translation>%1 dosyasında %2 numaralı işlem yok.</translation>
    </message>
    <message>
        <source>metadata.json could not be written in %1.</source>
        <translation>metadata.json, %1 içine yazılamadı.</translation>
    </message>
</context>
<context>
    <name>FilePlan</name>
    <message>
        <source>The file plan has no unit &quot;%1&quot;.</source>
        <translation>Dosya planında &quot;%1&quot; birimi yok.</translation>
    </message>
    <message>
        <source>The file plan has no unit number %1.</source>
        <translation>Dosya planında %1 numaralı birim yok.</translation>
    </message>
    <message>
        <source>change the file plan</source>
        <translation>dosya planını değiştirme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file plan key: use up to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;/&apos;.</source>
        <translation>&quot;%1&quot; geçerli bir dosya planı kodu değil: en fazla 32 harf, rakam, &apos;.&apos;, &apos;-&apos; ya da &apos;/&apos; kullanın.</translation>
    </message>
    <message>
        <source>The file plan unit &quot;%1&quot; needs a title of 1 to 300 characters.</source>
        <translation>&quot;%1&quot; dosya planı biriminin başlığı 1 ile 300 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The retention period of &quot;%1&quot; must be 0 to 200 years, or unlimited.</source>
        <translation>&quot;%1&quot; için saklama süresi 0 ile 200 yıl arasında ya da süresiz olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds files, so it cannot get sub-units.</source>
        <translation>&quot;%1&quot; zaten dosya içerdiğinden alt birim alamaz.</translation>
    </message>
    <message>
        <source>The file plan has a unit &quot;%1&quot; already.</source>
        <translation>Dosya planında &quot;%1&quot; birimi zaten var.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; a file plan is much smaller.</source>
        <translation>%1, 16 MB&apos;tan büyük; bir dosya planı bundan çok daha küçüktür.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 boş.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing (expected: %3).</source>
        <translation>%1, satır 1: &quot;%2&quot; sütunu eksik (beklenen: %3).</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a number of years.</source>
        <translation>%1, satır %2: &quot;%3&quot; geçerli bir yıl sayısı değil.</translation>
    </message>
    <message>
        <source>%1, line %2: the key &quot;%3&quot; appears twice.</source>
        <translation>%1, satır %2: &quot;%3&quot; kodu iki kez geçiyor.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, satır %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the parent &quot;%3&quot; is neither in the file nor in the plan.</source>
        <translation>%1, satır %2: üst birim &quot;%3&quot; ne CSV dosyasında ne de dosya planında var.</translation>
    </message>
</context>
<context>
    <name>FileService</name>
    <message>
        <source>Records classified &quot;%1&quot; belong in an approved system for classified information, not in Amtsdesk, which holds records up to VS-NfD.</source>
        <translation>&quot;%1&quot; olarak sınıflandırılmış kayıtlar Amtsdesk&apos;e değil, gizli bilgiler için onaylanmış bir sisteme aittir; Amtsdesk en fazla VS-NfD düzeyindeki kayıtları tutar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a confidentiality level; use Offen or VS-NfD.</source>
        <translation>&quot;%1&quot; bir gizlilik düzeyi değil; Offen veya VS-NfD kullanın.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>%1 may not see the file %2: it belongs to the department %3.</source>
        <translation>%1, %2 dosyasını göremez: dosya %3 birimine ait.</translation>
    </message>
    <message>
        <source>%1 may not change the file %2: that needs the role &quot;%3&quot;.</source>
        <translation>%1, %2 dosyasını değiştiremez: bunun için &quot;%3&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>The file %1 is closed (zdA); it cannot be changed.</source>
        <translation>%1 dosyası kapatıldı (zdA); değiştirilemez.</translation>
    </message>
    <message>
        <source>There is no file number %1.</source>
        <translation>%1 numaralı dosya yok.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 dosyası yok.</translation>
    </message>
    <message>
        <source>A file needs a subject of 1 to 500 characters.</source>
        <translation>Bir dosyanın konusu 1 ile 500 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Files are filed under the lowest level of the file plan; &quot;%1&quot; has sub-units.</source>
        <translation>Dosyalar dosya planının en alt düzeyinde açılır; &quot;%1&quot; biriminin alt birimleri var.</translation>
    </message>
    <message>
        <source>%1 may not create files for the department %2: that needs a clerk of that department.</source>
        <translation>%1, %2 birimi için dosya oluşturamaz: bunun için o birimde &quot;Memur&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>The reference number %1 exists already; check the reference number template.</source>
        <translation>%1 dosya numarası zaten var; dosya numarası şablonunu denetleyin.</translation>
    </message>
    <message numerus="yes">
        <source>The file %1 still has %n open case(s); close them first.</source>
        <translation>
            <numerusform>%1 dosyasında hâlâ %n açık işlem var; önce bunları kapatın.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case needs a subject of 1 to 500 characters.</source>
        <translation>Bir işlemin konusu 1 ile 500 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>%1 numaralı işlem yok.</translation>
    </message>
    <message>
        <source>%1 cannot be re-filed under %2: the file %3 there has the same running number of the same department and year. Nothing was changed.</source>
        <translation>%1, %2 altına taşınamaz: oradaki %3 dosyası aynı birim ve yıla ait aynı sıra numarasına sahip. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>Ideas are decided by people, not by the program itself.</source>
        <translation>Fikirler hakkında programın kendisi değil, kişiler karar verir.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: it belongs to no department, so the programme manager decides.</source>
        <translation>%1, &quot;%2&quot; fikri hakkında karar veremez: fikir hiçbir birime ait değil, bu nedenle kararı program yöneticisi verir.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: it belongs to the department %3, which is not among yours.</source>
        <translation>%1, &quot;%2&quot; fikri hakkında karar veremez: fikir %3 birimine ait ve bu birim sizin birimleriniz arasında değil.</translation>
    </message>
    <message>
        <source>%1 may not decide on the idea &quot;%2&quot;: that needs the role &quot;%3&quot;, or the role &quot;%4&quot; in the idea&apos;s department.</source>
        <translation>%1, &quot;%2&quot; fikri hakkında karar veremez: bunun için &quot;%3&quot; rolü ya da fikrin ait olduğu birimde &quot;%4&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>Ideas are recorded by people, not by the program itself.</source>
        <translation>Fikirleri programın kendisi değil, kişiler kaydeder.</translation>
    </message>
    <message>
        <source>%1 is no longer an active user and cannot record ideas.</source>
        <translation>%1 artık etkin bir kullanıcı değil ve fikir kaydedemez.</translation>
    </message>
    <message>
        <source>The title of an idea needs 1 to 200 characters; it has %1.</source>
        <translation>Bir fikrin başlığı 1 ile 200 karakter arasında olmalıdır; bu başlık %1 karakterden oluşuyor.</translation>
    </message>
    <message>
        <source>An idea needs the name of the person who brought it in.</source>
        <translation>Bir fikir için, fikri getiren kişinin adı gerekir.</translation>
    </message>
    <message>
        <source>The name of the person who brought in an idea may have at most 200 characters.</source>
        <translation>Fikri getiren kişinin adı en fazla 200 karakter olabilir.</translation>
    </message>
    <message>
        <source>The description of an idea may have at most 10,000 characters.</source>
        <translation>Bir fikrin açıklaması en fazla 10.000 karakter olabilir.</translation>
    </message>
    <message>
        <source>An idea cannot have been brought in in the future (%1); today is %2.</source>
        <translation>Bir fikir gelecekteki bir tarihte (%1) getirilmiş olamaz; bugünün tarihi %2.</translation>
    </message>
    <message>
        <source>The department of an idea must exist; there is no department %1.</source>
        <translation>Bir fikrin birimi mevcut olmalıdır; %1 birimi yok.</translation>
    </message>
    <message>
        <source>An idea cannot be set back to &quot;%1&quot;; it can go to &quot;%2&quot;.</source>
        <translation>Bir fikir &quot;%1&quot; durumuna geri alınamaz; &quot;%2&quot; durumuna geçebilir.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was adopted; that decision is final.</source>
        <translation>&quot;%1&quot; fikri kabul edildi; bu karar kesindir.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; is &quot;%2&quot; already.</source>
        <translation>&quot;%1&quot; fikri zaten &quot;%2&quot; durumunda.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was declined; it must go back to &quot;%2&quot; before anything else.</source>
        <translation>&quot;%1&quot; fikri reddedildi; başka herhangi bir işlemden önce &quot;%2&quot; durumuna geri alınması gerekir.</translation>
    </message>
    <message>
        <source>Declining the idea &quot;%1&quot; needs a reason.</source>
        <translation>&quot;%1&quot; fikrini reddetmek için bir gerekçe gerekir.</translation>
    </message>
    <message>
        <source>The reason of a decision may have at most 2,000 characters.</source>
        <translation>Bir kararın gerekçesi en fazla 2.000 karakter olabilir.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; was declined; it cannot become a sub-project unless it is taken back into review and adopted.</source>
        <translation>&quot;%1&quot; fikri reddedildi; yeniden incelemeye alınıp kabul edilmedikçe alt projeye dönüştürülemez.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; became the sub-project %2 already.</source>
        <translation>&quot;%1&quot; fikri zaten %2 alt projesine dönüştürüldü.</translation>
    </message>
    <message>
        <source>There is no idea %1.</source>
        <translation>%1 numaralı fikir yok.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 dosyası yok.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image this program can show.</source>
        <translation>%1 ne PDF ne de bu programın gösterebileceği bir görüntü.</translation>
    </message>
    <message>
        <source>%1 has %2 images; at most %3 can be shown.</source>
        <translation>%1 içinde %2 görüntü var; en fazla %3 tanesi gösterilebilir.</translation>
    </message>
    <message>
        <source>Image %1 of %2 cannot be read.</source>
        <translation>%2 içindeki %1. görüntü okunamıyor.</translation>
    </message>
    <message>
        <source>%1 is too large to show (%2 × %3 pixels).</source>
        <translation>%1 gösterilemeyecek kadar büyük (%2 × %3 piksel).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown: %2</source>
        <translation>%1 bozuk ve gösterilemiyor: %2</translation>
    </message>
    <message>
        <source>%1 needs more memory than is available.</source>
        <translation>%1, kullanılabilir bellekten fazlasını gerektiriyor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>%1 içinde %2. sayfa yok: belgede %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to show at %2 dpi (%3 × %4 pixels).</source>
        <translation>%1, %2 dpi çözünürlükte gösterilemeyecek kadar büyük (%3 × %4 piksel).</translation>
    </message>
</context>
<context>
    <name>InboxFolder</name>
    <message>
        <source>The inbox folder %1 does not exist.</source>
        <translation>%1 gelen kutusu klasörü yok.</translation>
    </message>
</context>
<context>
    <name>InvoiceExport</name>
    <message>
        <source>%1 may not hand invoices over to the finance software: that needs the role &quot;%2&quot;.</source>
        <translation>%1 faturaları muhasebe yazılımına aktaramaz: bunun için &quot;%2&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>Dışa aktarma klasörü %1 mevcut değil.</translation>
    </message>
    <message>
        <source>Invoice %1 was never exported; it is exported with the others once its payment is ordered.</source>
        <translation>%1 numaralı fatura hiç dışa aktarılmadı; ödeme talimatı verildiğinde diğerleriyle birlikte dışa aktarılır.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Export %1 by %2</source>
        <translation>Dışa aktarma %1 (%2 tarafından)</translation>
    </message>
    <message>
        <source>The file plan has no active unit %1.</source>
        <translation>Dosya planında etkin bir %1 birimi yok.</translation>
    </message>
    <message>
        <source>No file plan unit is set for invoices, so they cannot be filed; an administrator sets one (amtsdesk-cli invoice file-plan KEY).</source>
        <translation>Faturalar için bir dosya planı birimi belirlenmediğinden faturalar dosyalanamıyor; bunu bir yönetici belirler (amtsdesk-cli invoice file-plan KEY).</translation>
    </message>
    <message>
        <source>Invoices %1</source>
        <translation>Faturalar %1</translation>
    </message>
    <message>
        <source>Invoice %1 is &quot;%2&quot;; only invoices handed over are filed.</source>
        <translation>%1 numaralı fatura &quot;%2&quot; durumunda; yalnızca aktarılmış faturalar dosyalanır.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot be filed: %2</source>
        <translation>%1 numaralı fatura dosyalanamıyor: %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made to file invoice %1.</source>
        <translation>%1 numaralı faturayı dosyalamak için geçici bir klasör oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The original of invoice %1 cannot be copied for filing.</source>
        <translation>%1 numaralı faturanın orijinali dosyalama için kopyalanamıyor.</translation>
    </message>
    <message>
        <source>Invoice %1 (readable).pdf</source>
        <translation>Fatura %1 (okunabilir).pdf</translation>
    </message>
    <message>
        <source>Validation report %1.pdf</source>
        <translation>Doğrulama raporu %1.pdf</translation>
    </message>
    <message>
        <source>Approval history %1.pdf</source>
        <translation>Onay geçmişi %1.pdf</translation>
    </message>
    <message>
        <source>Invoice %1 – %2</source>
        <translation>Fatura %1 – %2</translation>
    </message>
    <message>
        <source>without number</source>
        <translation>numarasız</translation>
    </message>
    <message>
        <source>Invoice %1 (original)</source>
        <translation>Fatura %1 (orijinal)</translation>
    </message>
    <message>
        <source>Invoice %1 (readable)</source>
        <translation>Fatura %1 (okunabilir)</translation>
    </message>
    <message>
        <source>Validation report %1</source>
        <translation>Doğrulama raporu %1</translation>
    </message>
    <message>
        <source>Approval history %1</source>
        <translation>Onay geçmişi %1</translation>
    </message>
</context>
<context>
    <name>InvoiceFiles</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bir dosya değil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Amtsdesk does not read invoices of that size.</source>
        <translation>%1, %2 MB&apos;tan büyük; Amtsdesk bu büyüklükteki faturaları okumaz.</translation>
    </message>
    <message>
        <source>%1 is a PDF; PDFs are read by the worker process, and none was given.</source>
        <translation>%1 bir PDF; PDF&apos;ler yardımcı süreç tarafından okunur, ancak hiçbir yardımcı süreç verilmedi.</translation>
    </message>
    <message>
        <source>%1 (attachment %2)</source>
        <translation>%1 (ek %2)</translation>
    </message>
    <message>
        <source>%1 is an order (Order-X), not an invoice.</source>
        <translation>%1 bir fatura değil, bir sipariştir (Order-X).</translation>
    </message>
    <message>
        <source>%1 is a PDF without embedded invoice data: it is not a ZUGFeRD or Factur-X invoice.</source>
        <translation>%1, gömülü fatura verisi içermeyen bir PDF; bir ZUGFeRD veya Factur-X faturası değil.</translation>
    </message>
    <message>
        <source>%1 is a PDF whose attachments (%2) hold no ZUGFeRD, Factur-X or XRechnung invoice data.</source>
        <translation>%1 bir PDF, ancak eklerinde (%2) ZUGFeRD, Factur-X veya XRechnung fatura verisi yok.</translation>
    </message>
</context>
<context>
    <name>InvoiceInbox</name>
    <message>
        <source>&quot;%1&quot; is no Leitweg-ID: it has 2 to 12 digits, optionally a hyphen and up to 30 letters or digits, then a hyphen and two check digits (e.g. 05315-12345-67).</source>
        <translation>&quot;%1&quot; bir Leitweg-ID değil: Leitweg-ID 2 ile 12 arasında rakamdan, isteğe bağlı olarak bir kısa çizgi ve en fazla 30 harf veya rakamdan, ardından bir kısa çizgi ve iki kontrol basamağından oluşur (ör. 05315-12345-67).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bir dosya değil.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; no invoice is that large, so it was not taken in.</source>
        <translation>%1, %2 MB&apos;tan büyük; hiçbir fatura bu kadar büyük olmadığından dosya alınmadı.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 boş.</translation>
    </message>
    <message>
        <source>The very same file was taken in before as invoice %1.</source>
        <translation>Aynı dosya daha önce %1 numaralı fatura olarak alınmıştı.</translation>
    </message>
    <message>
        <source>Invoice %1 has the same number %2 from the same seller.</source>
        <translation>%1 numaralı fatura, aynı satıcıdan gelen aynı numaraya (%2) sahip.</translation>
    </message>
    <message>
        <source>without number</source>
        <translation>numarasız</translation>
    </message>
    <message>
        <source>unknown seller</source>
        <translation>bilinmeyen satıcı</translation>
    </message>
    <message>
        <source>Unreadable invoice file %1</source>
        <translation>Okunamayan fatura dosyası %1</translation>
    </message>
    <message>
        <source>invoice %1, %2</source>
        <translation>fatura %1, %2</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>merkezi kabul kuyruğu</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>birim %1</translation>
    </message>
    <message>
        <source>, not readable</source>
        <translation>, okunamıyor</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n hata</numerusform>
        </translation>
    </message>
    <message>
        <source>, possible duplicate of invoice %1</source>
        <translation>, %1 numaralı faturanın olası mükerreri</translation>
    </message>
    <message>
        <source>There is no invoice number %1.</source>
        <translation>%1 numaralı bir fatura yok.</translation>
    </message>
    <message>
        <source>%1 may not see invoice %2: it belongs to the department %3.</source>
        <translation>%1, %2 numaralı faturayı göremez: fatura %3 birimine ait.</translation>
    </message>
    <message>
        <source>%1 may not see invoice %2: it waits in the central intake queue.</source>
        <translation>%1, %2 numaralı faturayı göremez: fatura merkezi kabul kuyruğunda bekliyor.</translation>
    </message>
    <message>
        <source>The stored original of invoice %1 is missing (%2); restore it from a backup.</source>
        <translation>%1 numaralı faturanın saklanan orijinali eksik (%2); bir yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>%1 may not route invoices: that needs the role &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>%1 faturaları yönlendiremez: bunun için &quot;%2&quot; veya &quot;%3&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>Invoice %1 is &quot;%2&quot;; only invoices not yet confirmed factually can be routed.</source>
        <translation>%1 numaralı fatura &quot;%2&quot; durumunda; yalnızca içeriği henüz onaylanmamış faturalar yönlendirilebilir.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be read at all (%2); it can only be rejected.</source>
        <translation>%1 numaralı fatura hiç okunamadı (%2); yalnızca reddedilebilir.</translation>
    </message>
    <message>
        <source>Confirming invoice %1 factually needs a cost centre and a budget item.</source>
        <translation>%1 numaralı faturanın içeriğini onaylamak için bir masraf yeri ve bir bütçe kalemi gerekir.</translation>
    </message>
    <message>
        <source>Each line of the account assignment of invoice %1 needs a cost centre and a budget item.</source>
        <translation>%1 numaralı faturanın hesap atamasındaki her satır için bir masraf yeri ve bir bütçe kalemi gerekir.</translation>
    </message>
    <message>
        <source>The account assignment of invoice %1 adds up to %2, but the amount due is %3.</source>
        <translation>%1 numaralı faturanın hesap ataması toplamı %2, ancak ödenecek tutar %3.</translation>
    </message>
    <message>
        <source>The Leitweg-ID %1 has no route.</source>
        <translation>Leitweg-ID %1 için tanımlı bir yönlendirme yok.</translation>
    </message>
</context>
<context>
    <name>InvoiceNotices</name>
    <message>
        <source>Invoice number: %1
Invoice date: %2
Seller: %3
Amount due: %4
Leitweg-ID: %5
Received: %6 (file %7)</source>
        <translation>Fatura numarası: %1
Fatura tarihi: %2
Satıcı: %3
Ödenecek tutar: %4
Leitweg-ID: %5
Alındı: %6 (dosya %7)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>belirtilmemiş</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (satır %1)</translation>
    </message>
    <message>
        <source>We cannot process the following invoice and return it to you.</source>
        <translation>Aşağıdaki faturayı işleme alamıyoruz ve size iade ediyoruz.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <source>The file could not be read as an electronic invoice: %1</source>
        <translation>Dosya elektronik fatura olarak okunamadı: %1</translation>
    </message>
    <message>
        <source>The invoice breaks these rules of EN 16931 and XRechnung:</source>
        <translation>Fatura, EN 16931 ve XRechnung&apos;un şu kurallarını ihlal ediyor:</translation>
    </message>
    <message>
        <source>Please send a corrected invoice as XRechnung (UBL or CII) or ZUGFeRD/Factur-X, under a new invoice number where the law on VAT requires it.</source>
        <translation>Lütfen düzeltilmiş bir faturayı XRechnung (UBL veya CII) ya da ZUGFeRD/Factur-X olarak, KDV mevzuatının gerektirdiği durumlarda yeni bir fatura numarasıyla gönderin.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rejection of invoice %1</source>
        <translation>Faturanın reddi: %1</translation>
    </message>
    <message>
        <source>Format: %1 %2, profile %3</source>
        <translation>Biçim: %1 %2, profil %3</translation>
    </message>
    <message>
        <source>Result: not readable – %1</source>
        <translation>Sonuç: okunamıyor – %1</translation>
    </message>
    <message numerus="yes">
        <source>Result: valid (%n warning(s))</source>
        <translation>
            <numerusform>Sonuç: geçerli (%n uyarı)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result: NOT valid (%n error(s))</source>
        <translation>
            <numerusform>Sonuç: GEÇERLİ DEĞİL (%n hata)</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Olası mükerrer kayıt: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Bulgular:</translation>
    </message>
    <message>
        <source>Validation report for invoice %1</source>
        <translation>Fatura %1 için doğrulama raporu</translation>
    </message>
    <message>
        <source>Account assignment:</source>
        <translation>Hesap ataması:</translation>
    </message>
    <message>
        <source>- cost centre %1, budget item %2: %3</source>
        <translation>- masraf yeri %1, bütçe kalemi %2: %3</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Adımlar:</translation>
    </message>
    <message>
        <source>%1 on behalf of %2</source>
        <translation>%1 (%2 adına, i.V.)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>Approval history of invoice %1</source>
        <translation>Fatura %1 için onay geçmişi</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is not rejected; there is no rejection notice.</source>
        <translation>%1 numaralı fatura reddedilmedi; ret yazısı yok.</translation>
    </message>
</context>
<context>
    <name>InvoiceReader</name>
    <message>
        <source>%1 is a ZUGFeRD 1.0 invoice (CrossIndustryDocument). That format was replaced by ZUGFeRD 2 / Factur-X and XRechnung; ask the sender for an invoice in one of them.</source>
        <translation>%1 bir ZUGFeRD 1.0 faturasıdır (CrossIndustryDocument). Bu biçimin yerini ZUGFeRD 2 / Factur-X ve XRechnung almıştır; göndericiden bu biçimlerden birinde bir fatura isteyin.</translation>
    </message>
    <message>
        <source>%1 is an order (Order-X), not an invoice.</source>
        <translation>%1 bir fatura değil, bir sipariştir (Order-X).</translation>
    </message>
    <message>
        <source>%1 is not an e-invoice: its root element is %2 in the namespace &quot;%3&quot;, where UBL Invoice or CreditNote, or CII CrossIndustryInvoice, was expected.</source>
        <translation>%1 bir e-fatura değil: kök öğesi &quot;%3&quot; ad alanındaki %2; oysa UBL Invoice veya CreditNote ya da CII CrossIndustryInvoice bekleniyordu.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>The invoice gives both a VAT point date (BT-7) and a VAT point date code (BT-8); only one of them may be given.</source>
        <translation>Faturada hem vergiyi doğuran olay tarihi (BT-7) hem de vergiyi doğuran olay tarihi kodu (BT-8) verilmiş; bunlardan yalnızca biri verilebilir.</translation>
    </message>
    <message>
        <source>Invoice line %1 has no VAT category code (BT-151).</source>
        <translation>%1 numaralı fatura kaleminde KDV kategori kodu (BT-151) yok.</translation>
    </message>
    <message>
        <source>The VAT identifier %1 does not start with a country code.</source>
        <translation>%1 KDV kimlik numarası bir ülke koduyla başlamıyor.</translation>
    </message>
    <message>
        <source>The sum of the line net amounts (BT-106) is %1, but the lines add up to %2.</source>
        <translation>Fatura kalemlerinin net tutarları toplamı (BT-106) %1, ancak kalemlerin toplamı %2.</translation>
    </message>
    <message>
        <source>The sum of charges (BT-108) is %1, but the document level charges add up to %2.</source>
        <translation>Ek ücretler toplamı (BT-108) %1, ancak belge düzeyindeki ek ücretlerin toplamı %2.</translation>
    </message>
    <message>
        <source>The sum of allowances (BT-107) is %1, but the document level allowances add up to %2.</source>
        <translation>İndirimler toplamı (BT-107) %1, ancak belge düzeyindeki indirimlerin toplamı %2.</translation>
    </message>
    <message>
        <source>The total without VAT (BT-109) is %1; it must be the sum of the lines (BT-106) minus allowances (BT-107) plus charges (BT-108).</source>
        <translation>KDV hariç toplam (BT-109) %1; bu tutar, kalemlerin toplamından (BT-106) indirimler (BT-107) çıkarılıp ek ücretler (BT-108) eklenerek bulunan tutara eşit olmalıdır.</translation>
    </message>
    <message>
        <source>The VAT total (BT-110) is %1, but the VAT breakdown adds up to %2.</source>
        <translation>KDV toplamı (BT-110) %1, ancak KDV dökümünün toplamı %2.</translation>
    </message>
    <message>
        <source>The total with VAT (BT-112) is %1; it must be the total without VAT (BT-109) plus exactly one VAT total in the invoice currency (BT-110).</source>
        <translation>KDV dahil toplam (BT-112) %1; bu tutar, KDV hariç toplam (BT-109) ile fatura para birimindeki tam olarak bir KDV toplamının (BT-110) toplamına eşit olmalıdır.</translation>
    </message>
    <message>
        <source>The amount due (BT-115) is %1; it must be the total with VAT (BT-112) minus the paid amount (BT-113) plus the rounding amount (BT-114).</source>
        <translation>Ödenecek tutar (BT-115) %1; bu tutar, KDV dahil toplamdan (BT-112) ödenmiş tutar (BT-113) çıkarılıp yuvarlama tutarı (BT-114) eklenerek bulunan tutara eşit olmalıdır.</translation>
    </message>
    <message>
        <source>The VAT amount of category &quot;%1&quot; (BT-117) is %2; at the rate of %3 % on %4 it should be within one currency unit of the taxable amount times the rate.</source>
        <translation>&quot;%1&quot; kategorisinin KDV tutarı (BT-117) %2; %4 üzerinden yüzde %3 oranı uygulandığında bu tutar, vergi matrahı ile oranın çarpımından en fazla bir para birimi kadar farklı olmalıdır.</translation>
    </message>
    <message>
        <source>The invoice has no VAT breakdown (BG-23).</source>
        <translation>Faturada KDV dökümü (BG-23) yok.</translation>
    </message>
    <message>
        <source>The invoicing period (BG-14) gives neither a start (BT-73) nor an end date (BT-74).</source>
        <translation>Fatura döneminde (BG-14) ne başlangıç tarihi (BT-73) ne de bitiş tarihi (BT-74) verilmiş.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 (BG-26) gives neither a start nor an end date.</source>
        <translation>%1 numaralı fatura kaleminin döneminde (BG-26) ne başlangıç ne de bitiş tarihi verilmiş.</translation>
    </message>
    <message>
        <source>A document level allowance needs a reason (BT-97) or a reason code (BT-98).</source>
        <translation>Belge düzeyindeki bir indirim için bir gerekçe (BT-97) veya gerekçe kodu (BT-98) gereklidir.</translation>
    </message>
    <message>
        <source>A document level charge needs a reason (BT-104) or a reason code (BT-105).</source>
        <translation>Belge düzeyindeki bir ek ücret için bir gerekçe (BT-104) veya gerekçe kodu (BT-105) gereklidir.</translation>
    </message>
    <message>
        <source>A line allowance needs a reason (BT-139) or a reason code (BT-140).</source>
        <translation>Kalem düzeyindeki bir indirim için bir gerekçe (BT-139) veya gerekçe kodu (BT-140) gereklidir.</translation>
    </message>
    <message>
        <source>A line charge needs a reason (BT-144) or a reason code (BT-145).</source>
        <translation>Kalem düzeyindeki bir ek ücret için bir gerekçe (BT-144) veya gerekçe kodu (BT-145) gereklidir.</translation>
    </message>
    <message>
        <source>An amount is due (BT-115), but the invoice gives neither a payment due date (BT-9) nor payment terms (BT-20).</source>
        <translation>Ödenecek bir tutar var (BT-115), ancak faturada ne ödeme vade tarihi (BT-9) ne de ödeme koşulları (BT-20) verilmiş.</translation>
    </message>
    <message>
        <source>The seller needs an identifier (BT-29), a legal registration identifier (BT-30) or a VAT identifier (BT-31).</source>
        <translation>Satıcı için bir tanımlayıcı (BT-29), yasal sicil tanımlayıcısı (BT-30) veya KDV kimlik numarası (BT-31) gereklidir.</translation>
    </message>
    <message>
        <source>The invoice does not say which specification it follows (BT-24).</source>
        <translation>Faturada hangi spesifikasyona uyduğu belirtilmemiş (BT-24).</translation>
    </message>
    <message>
        <source>The invoice has no invoice number (BT-1).</source>
        <translation>Faturada fatura numarası (BT-1) yok.</translation>
    </message>
    <message>
        <source>The invoice has no issue date (BT-2).</source>
        <translation>Faturada düzenleme tarihi (BT-2) yok.</translation>
    </message>
    <message>
        <source>The invoice has no type code (BT-3).</source>
        <translation>Faturada fatura tür kodu (BT-3) yok.</translation>
    </message>
    <message>
        <source>The invoice does not name its currency (BT-5).</source>
        <translation>Faturada para birimi belirtilmemiş (BT-5).</translation>
    </message>
    <message>
        <source>The seller&apos;s name (BT-27) is missing.</source>
        <translation>Satıcının adı (BT-27) eksik.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (BT-44) is missing.</source>
        <translation>Alıcının adı (BT-44) eksik.</translation>
    </message>
    <message>
        <source>The seller&apos;s postal address (BG-5) is missing.</source>
        <translation>Satıcının posta adresi (BG-5) eksik.</translation>
    </message>
    <message>
        <source>The seller&apos;s postal address has no country code (BT-40).</source>
        <translation>Satıcının posta adresinde ülke kodu (BT-40) yok.</translation>
    </message>
    <message>
        <source>The buyer&apos;s postal address (BG-8) is missing.</source>
        <translation>Alıcının posta adresi (BG-8) eksik.</translation>
    </message>
    <message>
        <source>The buyer&apos;s postal address has no country code (BT-55).</source>
        <translation>Alıcının posta adresinde ülke kodu (BT-55) yok.</translation>
    </message>
    <message>
        <source>The sum of the invoice lines&apos; net amounts (BT-106) is missing.</source>
        <translation>Fatura kalemlerinin net tutarları toplamı (BT-106) eksik.</translation>
    </message>
    <message>
        <source>The invoice total without VAT (BT-109) is missing.</source>
        <translation>Faturanın KDV hariç toplamı (BT-109) eksik.</translation>
    </message>
    <message>
        <source>The invoice total with VAT (BT-112) is missing.</source>
        <translation>Faturanın KDV dahil toplamı (BT-112) eksik.</translation>
    </message>
    <message>
        <source>The amount due for payment (BT-115) is missing.</source>
        <translation>Ödenecek tutar (BT-115) eksik.</translation>
    </message>
    <message>
        <source>The invoice has no invoice line (BG-25).</source>
        <translation>Faturada hiç fatura kalemi (BG-25) yok.</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no name (BT-62).</source>
        <translation>Satıcının vergi temsilcisinin adı (BT-62) yok.</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no postal address (BG-12).</source>
        <translation>Satıcının vergi temsilcisinin posta adresi (BG-12) yok.</translation>
    </message>
    <message>
        <source>The postal address of the seller&apos;s tax representative has no country code (BT-69).</source>
        <translation>Satıcının vergi temsilcisinin posta adresinde ülke kodu (BT-69) yok.</translation>
    </message>
    <message>
        <source>An invoice line has no line identifier (BT-126).</source>
        <translation>Bir fatura kaleminde kalem tanımlayıcısı (BT-126) yok.</translation>
    </message>
    <message>
        <source>Invoice line %1 has no invoiced quantity (BT-129).</source>
        <translation>%1 numaralı fatura kaleminde faturalanan miktar (BT-129) yok.</translation>
    </message>
    <message>
        <source>The quantity of invoice line %1 has no unit of measure (BT-130).</source>
        <translation>%1 numaralı fatura kaleminin miktarında ölçü birimi (BT-130) yok.</translation>
    </message>
    <message>
        <source>Invoice line %1 has no net amount (BT-131).</source>
        <translation>%1 numaralı fatura kaleminde net tutar (BT-131) yok.</translation>
    </message>
    <message>
        <source>The item of invoice line %1 has no name (BT-153).</source>
        <translation>%1 numaralı fatura kalemindeki ürünün adı (BT-153) yok.</translation>
    </message>
    <message>
        <source>Invoice line %1 has no net item price (BT-146).</source>
        <translation>%1 numaralı fatura kaleminde ürünün net fiyatı (BT-146) yok.</translation>
    </message>
    <message>
        <source>The net item price of invoice line %1 (BT-146) is negative.</source>
        <translation>%1 numaralı fatura kalemindeki ürünün net fiyatı (BT-146) negatif.</translation>
    </message>
    <message>
        <source>The gross item price of invoice line %1 (BT-148) is negative.</source>
        <translation>%1 numaralı fatura kalemindeki ürünün brüt fiyatı (BT-148) negatif.</translation>
    </message>
    <message>
        <source>The payee (BG-10) has no name (BT-59).</source>
        <translation>Ödeme alıcısının (BG-10) adı (BT-59) yok.</translation>
    </message>
    <message>
        <source>The invoicing period ends (BT-74) before it starts (BT-73).</source>
        <translation>Fatura döneminin bitiş tarihi (BT-74), başlangıç tarihinden (BT-73) önce.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 ends (BT-135) before it starts (BT-134).</source>
        <translation>%1 numaralı fatura kaleminin döneminde bitiş tarihi (BT-135), başlangıç tarihinden (BT-134) önce.</translation>
    </message>
    <message>
        <source>A document level allowance has no amount (BT-92).</source>
        <translation>Belge düzeyindeki bir indirimde tutar (BT-92) yok.</translation>
    </message>
    <message>
        <source>A document level allowance has no VAT category code (BT-95).</source>
        <translation>Belge düzeyindeki bir indirimde KDV kategori kodu (BT-95) yok.</translation>
    </message>
    <message>
        <source>A document level allowance gives neither a reason (BT-97) nor a reason code (BT-98).</source>
        <translation>Belge düzeyindeki bir indirimde ne gerekçe (BT-97) ne de gerekçe kodu (BT-98) verilmiş.</translation>
    </message>
    <message>
        <source>A document level charge has no amount (BT-99).</source>
        <translation>Belge düzeyindeki bir ek ücrette tutar (BT-99) yok.</translation>
    </message>
    <message>
        <source>A document level charge has no VAT category code (BT-102).</source>
        <translation>Belge düzeyindeki bir ek ücrette KDV kategori kodu (BT-102) yok.</translation>
    </message>
    <message>
        <source>A document level charge gives neither a reason (BT-104) nor a reason code (BT-105).</source>
        <translation>Belge düzeyindeki bir ek ücrette ne gerekçe (BT-104) ne de gerekçe kodu (BT-105) verilmiş.</translation>
    </message>
    <message>
        <source>An allowance of invoice line %1 has no amount (BT-136).</source>
        <translation>%1 numaralı fatura kalemindeki bir indirimde tutar (BT-136) yok.</translation>
    </message>
    <message>
        <source>An allowance of invoice line %1 gives neither a reason (BT-139) nor a reason code (BT-140).</source>
        <translation>%1 numaralı fatura kalemindeki bir indirimde ne gerekçe (BT-139) ne de gerekçe kodu (BT-140) verilmiş.</translation>
    </message>
    <message>
        <source>A charge of invoice line %1 has no amount (BT-141).</source>
        <translation>%1 numaralı fatura kalemindeki bir ek ücrette tutar (BT-141) yok.</translation>
    </message>
    <message>
        <source>A charge of invoice line %1 gives neither a reason (BT-144) nor a reason code (BT-145).</source>
        <translation>%1 numaralı fatura kalemindeki bir ek ücrette ne gerekçe (BT-144) ne de gerekçe kodu (BT-145) verilmiş.</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no taxable amount (BT-116).</source>
        <translation>&quot;%1&quot; kategorisinin KDV dökümünde vergi matrahı (BT-116) yok.</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no VAT amount (BT-117).</source>
        <translation>&quot;%1&quot; kategorisinin KDV dökümünde KDV tutarı (BT-117) yok.</translation>
    </message>
    <message>
        <source>A VAT breakdown has no VAT category code (BT-118).</source>
        <translation>Bir KDV dökümünde KDV kategori kodu (BT-118) yok.</translation>
    </message>
    <message>
        <source>The VAT breakdown for category &quot;%1&quot; has no VAT rate (BT-119); only category O has none.</source>
        <translation>&quot;%1&quot; kategorisinin KDV dökümünde KDV oranı (BT-119) yok; yalnızca O kategorisinde oran bulunmaz.</translation>
    </message>
    <message>
        <source>A payment instruction has no payment means type code (BT-81).</source>
        <translation>Bir ödeme talimatında ödeme aracı türü kodu (BT-81) yok.</translation>
    </message>
    <message>
        <source>A credit transfer (BG-17) has no payment account identifier (BT-84).</source>
        <translation>Bir havalede (BG-17) ödeme hesabı tanımlayıcısı (BT-84) yok.</translation>
    </message>
    <message>
        <source>The card number (BT-87) shows more than the first six and last four digits that card security standards allow.</source>
        <translation>Kart numarası (BT-87), ilk altı ve son dört haneden fazlasını gösteriyor; kart güvenlik standartları yalnızca bunların gösterilmesine izin verir.</translation>
    </message>
    <message>
        <source>An additional supporting document (BG-24) has no reference (BT-122).</source>
        <translation>Bir ek destekleyici belgede (BG-24) referans (BT-122) yok.</translation>
    </message>
    <message>
        <source>The invoice names a VAT accounting currency (BT-6) but gives no VAT total in it (BT-111).</source>
        <translation>Faturada bir KDV muhasebe para birimi (BT-6) belirtilmiş, ancak bu para biriminde KDV toplamı (BT-111) verilmemiş.</translation>
    </message>
    <message>
        <source>An item attribute of invoice line %1 lacks its name (BT-160) or its value (BT-161).</source>
        <translation>%1 numaralı fatura kalemindeki bir ürün özelliğinin adı (BT-160) veya değeri (BT-161) eksik.</translation>
    </message>
    <message>
        <source>A preceding invoice reference (BG-3) has no invoice number (BT-25).</source>
        <translation>Önceki bir faturaya yapılan atıfta (BG-3) fatura numarası (BT-25) yok.</translation>
    </message>
    <message>
        <source>The seller&apos;s tax representative has no VAT identifier (BT-63).</source>
        <translation>Satıcının vergi temsilcisinin KDV kimlik numarası (BT-63) yok.</translation>
    </message>
    <message>
        <source>The deliver-to address (BG-15) has no country code (BT-80).</source>
        <translation>Teslimat adresinde (BG-15) ülke kodu (BT-80) yok.</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) needs the payment account identifier (BT-84).</source>
        <translation>Havale ile ödeme (kod %1) için ödeme hesabı tanımlayıcısı (BT-84) gereklidir.</translation>
    </message>
    <message>
        <source>The seller&apos;s electronic address (BT-34) has no scheme identifier.</source>
        <translation>Satıcının elektronik adresinde (BT-34) şema tanımlayıcısı yok.</translation>
    </message>
    <message>
        <source>The buyer&apos;s electronic address (BT-49) has no scheme identifier.</source>
        <translation>Alıcının elektronik adresinde (BT-49) şema tanımlayıcısı yok.</translation>
    </message>
    <message>
        <source>The standard item identifier of invoice line %1 (BT-157) has no scheme identifier.</source>
        <translation>%1 numaralı fatura kalemindeki ürünün standart tanımlayıcısında (BT-157) şema tanımlayıcısı yok.</translation>
    </message>
    <message>
        <source>An item classification of invoice line %1 (BT-158) has no list identifier.</source>
        <translation>%1 numaralı fatura kalemindeki bir ürün sınıflandırmasında (BT-158) liste tanımlayıcısı yok.</translation>
    </message>
    <message>
        <source>The amount %1 (%2) has more than two decimals.</source>
        <translation>%1 tutarında (%2) ikiden fazla ondalık basamak var.</translation>
    </message>
    <message>
        <source>document level allowance amount, BT-92</source>
        <translation>belge düzeyindeki indirim tutarı, BT-92</translation>
    </message>
    <message>
        <source>document level allowance base amount, BT-93</source>
        <translation>belge düzeyindeki indirimin temel tutarı, BT-93</translation>
    </message>
    <message>
        <source>document level charge amount, BT-99</source>
        <translation>belge düzeyindeki ek ücret tutarı, BT-99</translation>
    </message>
    <message>
        <source>document level charge base amount, BT-100</source>
        <translation>belge düzeyindeki ek ücretin temel tutarı, BT-100</translation>
    </message>
    <message>
        <source>sum of invoice line net amounts, BT-106</source>
        <translation>fatura kalemlerinin net tutarları toplamı, BT-106</translation>
    </message>
    <message>
        <source>sum of allowances, BT-107</source>
        <translation>indirimler toplamı, BT-107</translation>
    </message>
    <message>
        <source>sum of charges, BT-108</source>
        <translation>ek ücretler toplamı, BT-108</translation>
    </message>
    <message>
        <source>invoice total without VAT, BT-109</source>
        <translation>faturanın KDV hariç toplamı, BT-109</translation>
    </message>
    <message>
        <source>invoice total VAT amount, BT-110</source>
        <translation>faturanın KDV toplamı, BT-110</translation>
    </message>
    <message>
        <source>invoice total with VAT, BT-112</source>
        <translation>faturanın KDV dahil toplamı, BT-112</translation>
    </message>
    <message>
        <source>invoice total VAT amount in accounting currency, BT-111</source>
        <translation>faturanın muhasebe para birimindeki KDV toplamı, BT-111</translation>
    </message>
    <message>
        <source>paid amount, BT-113</source>
        <translation>ödenmiş tutar, BT-113</translation>
    </message>
    <message>
        <source>rounding amount, BT-114</source>
        <translation>yuvarlama tutarı, BT-114</translation>
    </message>
    <message>
        <source>amount due for payment, BT-115</source>
        <translation>ödenecek tutar, BT-115</translation>
    </message>
    <message>
        <source>VAT category taxable amount, BT-116</source>
        <translation>KDV kategorisinin vergi matrahı, BT-116</translation>
    </message>
    <message>
        <source>VAT category tax amount, BT-117</source>
        <translation>KDV kategorisinin vergi tutarı, BT-117</translation>
    </message>
    <message>
        <source>invoice line net amount, BT-131</source>
        <translation>fatura kaleminin net tutarı, BT-131</translation>
    </message>
    <message>
        <source>line allowance amount, BT-136</source>
        <translation>kalem düzeyindeki indirim tutarı, BT-136</translation>
    </message>
    <message>
        <source>line allowance base amount, BT-137</source>
        <translation>kalem düzeyindeki indirimin temel tutarı, BT-137</translation>
    </message>
    <message>
        <source>line charge amount, BT-141</source>
        <translation>kalem düzeyindeki ek ücret tutarı, BT-141</translation>
    </message>
    <message>
        <source>line charge base amount, BT-142</source>
        <translation>kalem düzeyindeki ek ücretin temel tutarı, BT-142</translation>
    </message>
    <message>
        <source>An XRechnung must say how to pay: payment instructions (BG-16) are missing.</source>
        <translation>Bir XRechnung, ödemenin nasıl yapılacağını belirtmelidir: ödeme talimatları (BG-16) eksik.</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s contact (BG-6).</source>
        <translation>XRechnung için satıcının iletişim bilgileri (BG-6) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s city (BT-37).</source>
        <translation>XRechnung için satıcının şehri (BT-37) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the seller&apos;s post code (BT-38).</source>
        <translation>XRechnung için satıcının posta kodu (BT-38) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the name of the seller&apos;s contact point (BT-41).</source>
        <translation>XRechnung için satıcının irtibat noktasının adı (BT-41) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the telephone number of the seller&apos;s contact (BT-42).</source>
        <translation>XRechnung için satıcının irtibat noktasının telefon numarası (BT-42) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the e-mail address of the seller&apos;s contact (BT-43).</source>
        <translation>XRechnung için satıcının irtibat noktasının e-posta adresi (BT-43) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer&apos;s city (BT-52).</source>
        <translation>XRechnung için alıcının şehri (BT-52) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer&apos;s post code (BT-53).</source>
        <translation>XRechnung için alıcının posta kodu (BT-53) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the city of the deliver-to address (BT-77).</source>
        <translation>XRechnung için teslimat adresinin şehri (BT-77) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the post code of the deliver-to address (BT-78).</source>
        <translation>XRechnung için teslimat adresinin posta kodu (BT-78) gereklidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the VAT rate (BT-119) in every VAT breakdown, also 0 where no VAT is due.</source>
        <translation>XRechnung için her KDV dökümünde KDV oranı (BT-119) gereklidir; KDV doğmayan durumlarda da 0 olarak verilmelidir.</translation>
    </message>
    <message>
        <source>An XRechnung needs the buyer reference (BT-10), for public buyers their Leitweg-ID.</source>
        <translation>XRechnung için alıcı referansı (BT-10) gereklidir; kamu alıcıları için bu, alıcının Leitweg-ID numarasıdır.</translation>
    </message>
    <message>
        <source>Where VAT is charged, an XRechnung needs the seller&apos;s VAT identifier (BT-31), tax number (BT-32) or a tax representative (BG-11).</source>
        <translation>KDV uygulanıyorsa, XRechnung için satıcının KDV kimlik numarası (BT-31), vergi numarası (BT-32) veya bir vergi temsilcisi (BG-11) gereklidir.</translation>
    </message>
    <message>
        <source>The invoice type code %1 (BT-3) is not one XRechnung expects (326, 380, 384, 389, 381, 875, 876, 877).</source>
        <translation>%1 fatura tür kodu (BT-3), XRechnung tarafından beklenen kodlardan biri değil (326, 380, 384, 389, 381, 875, 876, 877).</translation>
    </message>
    <message>
        <source>The payment terms (BT-20) give cash discount (Skonto) lines that do not follow the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# (optionally #BASISBETRAG=…#), each ending with a line break.</source>
        <translation>Ödeme koşulları (BT-20), XRechnung tarafından öngörülen #SKONTO#TAGE=14#PROZENT=2.00# biçimine (isteğe bağlı olarak #BASISBETRAG=…# ile) uymayan nakit iskontosu (Skonto) satırları içeriyor; bu biçimde her satır bir satır sonuyla bitmelidir.</translation>
    </message>
    <message>
        <source>The account for the SEPA credit transfer (BT-84) is not a valid IBAN: %1</source>
        <translation>SEPA havalesi için verilen hesap (BT-84) geçerli bir IBAN değil: %1</translation>
    </message>
    <message>
        <source>The account to be debited (BT-91) is not a valid IBAN: %1</source>
        <translation>Borçlandırılacak hesap (BT-91) geçerli bir IBAN değil: %1</translation>
    </message>
    <message>
        <source>The specification identifier (BT-24) is not that of XRechnung 3.0.</source>
        <translation>Spesifikasyon tanımlayıcısı (BT-24), XRechnung 3.0 tanımlayıcısı değil.</translation>
    </message>
    <message>
        <source>Two attachments have the same file name %1; XRechnung needs them distinct.</source>
        <translation>İki ekin dosya adı aynı: %1; XRechnung, dosya adlarının farklı olmasını gerektirir.</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) needs the transfer details (BG-17).</source>
        <translation>Havale ile ödeme (kod %1) için havale bilgileri (BG-17) gereklidir.</translation>
    </message>
    <message>
        <source>Payment by credit transfer (code %1) may not carry card (BG-18) or direct debit (BG-19) details.</source>
        <translation>Havale ile ödeme (kod %1), kart (BG-18) veya doğrudan borçlandırma (BG-19) bilgisi içeremez.</translation>
    </message>
    <message>
        <source>Payment by card (code %1) needs the card details (BG-18).</source>
        <translation>Kartla ödeme (kod %1) için kart bilgileri (BG-18) gereklidir.</translation>
    </message>
    <message>
        <source>Payment by card (code %1) may not carry credit transfer (BG-17) or direct debit (BG-19) details.</source>
        <translation>Kartla ödeme (kod %1), havale (BG-17) veya doğrudan borçlandırma (BG-19) bilgisi içeremez.</translation>
    </message>
    <message>
        <source>Payment by direct debit (code %1) needs the direct debit details (BG-19).</source>
        <translation>Doğrudan borçlandırma ile ödeme (kod %1) için doğrudan borçlandırma bilgileri (BG-19) gereklidir.</translation>
    </message>
    <message>
        <source>Payment by direct debit (code %1) may not carry credit transfer (BG-17) or card (BG-18) details.</source>
        <translation>Doğrudan borçlandırma ile ödeme (kod %1), havale (BG-17) veya kart (BG-18) bilgisi içeremez.</translation>
    </message>
    <message>
        <source>A corrected invoice (type 384) should name the invoice it corrects (BG-3).</source>
        <translation>Düzeltilmiş bir fatura (tür 384), düzelttiği faturayı belirtmelidir (BG-3).</translation>
    </message>
    <message>
        <source>The seller&apos;s telephone number (BT-42) should have at least three digits.</source>
        <translation>Satıcının telefon numarası (BT-42) en az üç rakam içermelidir.</translation>
    </message>
    <message>
        <source>The seller&apos;s e-mail address (BT-43) does not look like one.</source>
        <translation>Satıcının e-posta adresi (BT-43) geçerli bir e-posta adresine benzemiyor.</translation>
    </message>
    <message>
        <source>A direct debit needs the bank assigned creditor identifier (BT-90).</source>
        <translation>Doğrudan borçlandırma için alacaklı kimlik numarası (BT-90) gereklidir.</translation>
    </message>
    <message>
        <source>A direct debit needs the account to be debited (BT-91).</source>
        <translation>Doğrudan borçlandırma için borçlandırılacak hesap (BT-91) gereklidir.</translation>
    </message>
    <message>
        <source>The invoice gives neither a delivery date (BT-72) nor an invoicing period (BG-14, or BG-26 on every line).</source>
        <translation>Faturada ne teslim tarihi (BT-72) ne de fatura dönemi (BG-14 ya da her kalemde BG-26) verilmiş.</translation>
    </message>
    <message>
        <source>The external document location (BT-124) is not a URL.</source>
        <translation>Harici belge konumu (BT-124) bir URL değil.</translation>
    </message>
    <message>
        <source>The base quantity of the gross price differs from that of the net price on invoice line %1.</source>
        <translation>%1 numaralı fatura kaleminde brüt fiyatın baz miktarı, net fiyatın baz miktarından farklı.</translation>
    </message>
    <message>
        <source>%1 occurs %2 times; UBL invoices allow it at most once.</source>
        <translation>%1 %2 kez geçiyor; UBL faturaları buna en fazla bir kez izin verir.</translation>
    </message>
    <message>
        <source>The invoice names %1 invoiced objects (BT-18); at most one is allowed.</source>
        <translation>Fatura %1 faturalanan nesne (BT-18) belirtiyor; en fazla biri kabul edilir.</translation>
    </message>
    <message>
        <source>A party has %1 VAT identifiers; at most one is allowed.</source>
        <translation>Bir tarafın %1 KDV kimlik numarası var; en fazla biri kabul edilir.</translation>
    </message>
    <message>
        <source>The seller has %1 tax numbers; at most one is allowed.</source>
        <translation>Satıcının %1 vergi numarası var; en fazla biri kabul edilir.</translation>
    </message>
    <message>
        <source>The payee (BG-10) must be named once, differ from the seller by name, and have at most one identifier and one legal registration.</source>
        <translation>Ödeme alıcısının (BG-10) adı bir kez verilmeli, adı satıcıdan farklı olmalı ve en fazla bir kimliği ile bir sicil kaydı bulunmalıdır.</translation>
    </message>
    <message>
        <source>The tax representative has more than one VAT identifier.</source>
        <translation>Vergi temsilcisinin birden fazla KDV kimlik numarası var.</translation>
    </message>
    <message>
        <source>The invoice gives %1 bank assigned creditor identifiers (BT-90); at most one is allowed.</source>
        <translation>Fatura %1 banka tarafından atanmış alacaklı kimliği (BT-90) içeriyor; en fazla biri kabul edilir.</translation>
    </message>
    <message>
        <source>The seller gives more than two tax registrations (PartyTaxScheme).</source>
        <translation>Satıcı ikiden fazla vergi kaydı (PartyTaxScheme) veriyor.</translation>
    </message>
    <message>
        <source>A scheme identifier or document type code on a supporting document is only allowed for the invoiced object (code 130).</source>
        <translation>Destekleyici bir belgede şema kimliği veya belge türü kodu yalnızca faturalanan nesne (kod 130) için kabul edilir.</translation>
    </message>
    <message>
        <source>The invoice gives different remittance information (BT-83): %1; only one is allowed.</source>
        <translation>Fatura farklı ödeme açıklamaları (BT-83) veriyor: %1; yalnızca biri kabul edilir.</translation>
    </message>
    <message>
        <source>The payment means text (BT-82) is given %1 times; at most once is allowed.</source>
        <translation>Ödeme aracı metni (BT-82) %1 kez verilmiş; en fazla bir kez kabul edilir.</translation>
    </message>
    <message>
        <source>The invoice gives different payment means codes (BT-81): %1; only one is allowed.</source>
        <translation>Fatura farklı ödeme aracı kodları (BT-81) veriyor: %1; yalnızca biri kabul edilir.</translation>
    </message>
    <message>
        <source>An invoice line must have exactly one VAT category (ClassifiedTaxCategory).</source>
        <translation>Bir fatura kalemi tam olarak bir KDV kategorisine (ClassifiedTaxCategory) sahip olmalıdır.</translation>
    </message>
    <message>
        <source>An address has more than one additional address line (AddressLine).</source>
        <translation>Bir adresin birden fazla ek adres satırı (AddressLine) var.</translation>
    </message>
    <message>
        <source>A tax registration (PartyTaxScheme) needs both the identifier (CompanyID) and the tax scheme.</source>
        <translation>Bir vergi kaydı (PartyTaxScheme) hem kimliği (CompanyID) hem de vergi şemasını gerektirir.</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals.</source>
        <translation>%1 tutarının ikiden fazla ondalık basamağı var.</translation>
    </message>
    <message>
        <source>An attached document has no MIME type (mimeCode).</source>
        <translation>Ekli bir belgenin MIME türü (mimeCode) yok.</translation>
    </message>
    <message>
        <source>An attached document has no file name (filename).</source>
        <translation>Ekli bir belgenin dosya adı (filename) yok.</translation>
    </message>
    <message>
        <source>The invoiced object reference (code 130) may not carry an attachment.</source>
        <translation>Faturalanan nesne referansı (kod 130) ek içeremez.</translation>
    </message>
    <message>
        <source>The invoiced object reference (code 130) may not carry a document description.</source>
        <translation>Faturalanan nesne referansı (kod 130) belge açıklaması içeremez.</translation>
    </message>
    <message>
        <source>The attribute %1 is not used in EN 16931 invoices (on %2).</source>
        <translation>%1 özniteliği EN 16931 faturalarında kullanılmaz (%2 üzerinde).</translation>
    </message>
    <message>
        <source>The element %1 is not used in EN 16931 invoices (in %2).</source>
        <translation>%1 öğesi EN 16931 faturalarında kullanılmaz (%2 içinde).</translation>
    </message>
    <message>
        <source>The document context must name the specification exactly once.</source>
        <translation>Belge bağlamı spesifikasyonu tam olarak bir kez belirtmelidir.</translation>
    </message>
    <message>
        <source>The specification identifier (BT-24) must be given exactly once.</source>
        <translation>Spesifikasyon kimliği (BT-24) tam olarak bir kez verilmelidir.</translation>
    </message>
    <message>
        <source>The invoice type code (BT-3) must be given exactly once.</source>
        <translation>Fatura türü kodu (BT-3) tam olarak bir kez verilmelidir.</translation>
    </message>
    <message>
        <source>The standard item identifier (BT-157) needs a scheme identifier.</source>
        <translation>Standart ürün kimliği (BT-157) bir şema kimliği gerektirir.</translation>
    </message>
    <message>
        <source>The item&apos;s country of origin (BT-159) must be given exactly once.</source>
        <translation>Ürünün menşe ülkesi (BT-159) tam olarak bir kez verilmelidir.</translation>
    </message>
    <message>
        <source>An item attribute needs exactly one name (BT-160).</source>
        <translation>Bir ürün özelliği tam olarak bir ad (BT-160) gerektirir.</translation>
    </message>
    <message>
        <source>An item attribute needs exactly one value (BT-161).</source>
        <translation>Bir ürün özelliği tam olarak bir değer (BT-161) gerektirir.</translation>
    </message>
    <message>
        <source>An invoice line needs exactly one net price (BT-146).</source>
        <translation>Bir fatura kalemi tam olarak bir net fiyat (BT-146) gerektirir.</translation>
    </message>
    <message>
        <source>An invoice line may give the net price (BT-146) at most once.</source>
        <translation>Bir fatura kalemi net fiyatı (BT-146) en fazla bir kez verebilir.</translation>
    </message>
    <message>
        <source>The seller may have at most one contact (BG-6).</source>
        <translation>Satıcının en fazla bir iletişim noktası (BG-6) olabilir.</translation>
    </message>
    <message>
        <source>The buyer may have at most one contact (BG-9).</source>
        <translation>Alıcının en fazla bir iletişim noktası (BG-9) olabilir.</translation>
    </message>
    <message>
        <source>The seller may have at most one electronic address (BT-34).</source>
        <translation>Satıcının en fazla bir elektronik adresi (BT-34) olabilir.</translation>
    </message>
    <message>
        <source>The buyer may have at most one electronic address (BT-49).</source>
        <translation>Alıcının en fazla bir elektronik adresi (BT-49) olabilir.</translation>
    </message>
    <message>
        <source>The VAT point date (BT-7) may be given at most once.</source>
        <translation>Vergiyi doğuran olay tarihi (BT-7) en fazla bir kez verilebilir.</translation>
    </message>
    <message>
        <source>The VAT point date codes (BT-8) differ: %1; one code is allowed.</source>
        <translation>Vergiyi doğuran olay tarihi kodları (BT-8) farklı: %1; yalnızca bir kod kabul edilir.</translation>
    </message>
    <message>
        <source>An allowance or charge must say which of the two it is (ChargeIndicator).</source>
        <translation>Bir indirim veya ek ücret, hangisi olduğunu belirtmelidir (ChargeIndicator).</translation>
    </message>
    <message>
        <source>The price discount (BT-147) may be given at most once.</source>
        <translation>Fiyat indirimi (BT-147) en fazla bir kez verilebilir.</translation>
    </message>
    <message>
        <source>The tax type code must be VAT, not &quot;%1&quot;.</source>
        <translation>Vergi türü kodu &quot;%1&quot; değil, VAT olmalıdır.</translation>
    </message>
    <message>
        <source>A period gives its start as a date and time (udt:DateTime); EN 16931 takes a date string only.</source>
        <translation>Bir dönem başlangıcını tarih ve saat olarak (udt:DateTime) veriyor; EN 16931 yalnızca tarih dizesi kabul eder.</translation>
    </message>
    <message>
        <source>A period gives its end as a date and time (udt:DateTime); EN 16931 takes a date string only.</source>
        <translation>Bir dönem bitişini tarih ve saat olarak (udt:DateTime) veriyor; EN 16931 yalnızca tarih dizesi kabul eder.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date in the form YYYYMMDD (format 102).</source>
        <translation>&quot;%1&quot;, YYYYAAGG biçiminde (biçim 102) bir tarih değil.</translation>
    </message>
    <message>
        <source>A payment account gives both an IBAN and a proprietary identifier (BT-84); use one of them.</source>
        <translation>Bir ödeme hesabı hem IBAN hem de özel bir kimlik (BT-84) veriyor; yalnızca birini kullanın.</translation>
    </message>
    <message>
        <source>A preceding invoice reference (BG-3) must name the invoice (BT-25).</source>
        <translation>Önceki fatura referansı (BG-3) faturayı (BT-25) belirtmelidir.</translation>
    </message>
    <message>
        <source>VAT category %1 is used in the lines, allowances or charges but not (or not exactly once) in the VAT breakdown (BG-23), or the other way round.</source>
        <translation>%1 KDV kategorisi kalemlerde, indirimlerde veya ek ücretlerde kullanılıyor ancak KDV dökümünde (BG-23) yok (veya tam olarak bir kez yok) ya da tersi.</translation>
    </message>
    <message>
        <source>Where VAT category %1 (not subject to VAT) is used, neither the seller nor the buyer may give a VAT identifier.</source>
        <translation>%1 KDV kategorisi (KDV&apos;ye tabi değil) kullanıldığında ne satıcı ne de alıcı KDV kimlik numarası verebilir.</translation>
    </message>
    <message>
        <source>Where VAT category %1 is used, the invoice needs the seller&apos;s VAT identifier or tax number (for some categories also the buyer&apos;s).</source>
        <translation>%1 KDV kategorisi kullanıldığında faturada satıcının KDV kimlik numarası veya vergi numarası (bazı kategorilerde alıcınınki de) gerekir.</translation>
    </message>
    <message>
        <source>VAT category %1 takes no VAT rate, but one is given.</source>
        <translation>%1 KDV kategorisinde KDV oranı olmaz, ancak bir oran verilmiş.</translation>
    </message>
    <message>
        <source>VAT category %1 needs a VAT rate above zero.</source>
        <translation>%1 KDV kategorisi sıfırdan büyük bir KDV oranı gerektirir.</translation>
    </message>
    <message>
        <source>VAT category %1 needs the VAT rate 0.</source>
        <translation>%1 KDV kategorisi 0 KDV oranını gerektirir.</translation>
    </message>
    <message>
        <source>VAT category %1 needs a VAT rate of zero or more.</source>
        <translation>%1 KDV kategorisi sıfır veya daha büyük bir KDV oranı gerektirir.</translation>
    </message>
    <message>
        <source>The taxable amount of VAT category %1 (BT-116) is %2; it must be the sum of the line net amounts minus allowances plus charges of that category.</source>
        <translation>%1 KDV kategorisinin vergi matrahı (BT-116) %2; bu kategorideki kalem net tutarlarının toplamı eksi indirimler artı ek ücretler olmalıdır.</translation>
    </message>
    <message>
        <source>The VAT amount of category %1 (BT-117) does not match taxable amount times rate.</source>
        <translation>%1 kategorisinin KDV tutarı (BT-117), matrah çarpı oran ile uyuşmuyor.</translation>
    </message>
    <message>
        <source>The VAT amount of category %1 (BT-117) must be 0.</source>
        <translation>%1 kategorisinin KDV tutarı (BT-117) 0 olmalıdır.</translation>
    </message>
    <message>
        <source>VAT category %1 needs an exemption reason (BT-120) or its code (BT-121).</source>
        <translation>%1 KDV kategorisi bir muafiyet gerekçesi (BT-120) veya kodunu (BT-121) gerektirir.</translation>
    </message>
    <message>
        <source>VAT category %1 takes no exemption reason (BT-120, BT-121).</source>
        <translation>%1 KDV kategorisinde muafiyet gerekçesi (BT-120, BT-121) olmaz.</translation>
    </message>
    <message>
        <source>An intra-community supply needs the delivery date (BT-72) or the invoicing period (BG-14).</source>
        <translation>Topluluk içi teslimat, teslim tarihini (BT-72) veya fatura dönemini (BG-14) gerektirir.</translation>
    </message>
    <message>
        <source>An intra-community supply needs the deliver-to country (BT-80).</source>
        <translation>Topluluk içi teslimat, teslim adresinin ülkesini (BT-80) gerektirir.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no other VAT category in its breakdown.</source>
        <translation>KDV&apos;ye tabi olmayan bir fatura (kategori O) dökümünde başka bir KDV kategorisi içeremez.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no line in another VAT category.</source>
        <translation>KDV&apos;ye tabi olmayan bir fatura (kategori O) başka bir KDV kategorisinde kalem içeremez.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no allowance in another VAT category.</source>
        <translation>KDV&apos;ye tabi olmayan bir fatura (kategori O) başka bir KDV kategorisinde indirim içeremez.</translation>
    </message>
    <message>
        <source>An invoice not subject to VAT (category O) may have no charge in another VAT category.</source>
        <translation>KDV&apos;ye tabi olmayan bir fatura (kategori O) başka bir KDV kategorisinde ek ücret içeremez.</translation>
    </message>
    <message>
        <source>Split payment (category B) is only for Italian domestic invoices.</source>
        <translation>Bölünmüş ödeme (kategori B) yalnızca İtalya içi faturalar içindir.</translation>
    </message>
    <message>
        <source>Split payment (category B) and standard rate (category S) may not be used in the same invoice.</source>
        <translation>Bölünmüş ödeme (kategori B) ve standart oran (kategori S) aynı faturada kullanılamaz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of the list this element takes (%2).</source>
        <translation>&quot;%1&quot;, bu öğenin kullandığı kod listesinin (%2) bir kodu değil.</translation>
    </message>
    <message>
        <source>An attachment of the type &quot;%1&quot; is not allowed; EN 16931 takes PDF, PNG, JPEG, CSV, XLSX and ODS.</source>
        <translation>&quot;%1&quot; türünde bir eke izin verilmez; EN 16931 PDF, PNG, JPEG, CSV, XLSX ve ODS kabul eder.</translation>
    </message>
    <message>
        <source>The business process (BT-23) is missing.</source>
        <translation>İş süreci (BT-23) eksik.</translation>
    </message>
    <message>
        <source>The VAT accounting currency (BT-6) may only be given when it differs from the invoice currency (BT-5).</source>
        <translation>KDV muhasebe para birimi (BT-6) yalnızca fatura para biriminden (BT-5) farklıysa belirtilebilir.</translation>
    </message>
    <message>
        <source>The element %1 is empty; leave out what has no value.</source>
        <translation>%1 öğesi boş; değeri olmayan öğeleri çıkarın.</translation>
    </message>
    <message>
        <source>The buyer&apos;s electronic address (BT-49) is missing.</source>
        <translation>Alıcının elektronik adresi (BT-49) eksik.</translation>
    </message>
    <message>
        <source>The seller&apos;s electronic address (BT-34) is missing.</source>
        <translation>Satıcının elektronik adresi (BT-34) eksik.</translation>
    </message>
    <message>
        <source>An allowance or charge amount is not its base amount times its percentage (expected %1).</source>
        <translation>Bir indirim veya ek ücretin tutarı, temel tutarı ile yüzdesinin çarpımına eşit değil (beklenen: %1).</translation>
    </message>
    <message>
        <source>An allowance or charge gives a percentage but no base amount.</source>
        <translation>Bir indirim veya ek ücret yüzde veriyor, ancak temel tutar vermiyor.</translation>
    </message>
    <message>
        <source>An allowance or charge gives a base amount but no percentage.</source>
        <translation>Bir indirim veya ek ücret temel tutar veriyor, ancak yüzde vermiyor.</translation>
    </message>
    <message>
        <source>The charge indicator must be &quot;true&quot; or &quot;false&quot;.</source>
        <translation>Ek ücret göstergesi &quot;true&quot; veya &quot;false&quot; olmalıdır.</translation>
    </message>
    <message>
        <source>A price may only carry a discount, not a charge.</source>
        <translation>Bir fiyat yalnızca indirim içerebilir, ek ücret içeremez.</translation>
    </message>
    <message>
        <source>The net price (BT-146) must be the gross price (BT-148) minus the price discount (BT-147).</source>
        <translation>Net fiyat (BT-146), brüt fiyattan (BT-148) fiyat indirimi (BT-147) çıkarılarak bulunan tutara eşit olmalıdır.</translation>
    </message>
    <message>
        <source>The invoice needs exactly one VAT total with a VAT breakdown.</source>
        <translation>Faturada KDV dökümü içeren tam olarak bir KDV toplamı bulunmalıdır.</translation>
    </message>
    <message>
        <source>The VAT total in the invoice currency (BT-110) is given more than once.</source>
        <translation>Fatura para birimindeki KDV toplamı (BT-110) birden fazla kez verilmiş.</translation>
    </message>
    <message>
        <source>A VAT total without breakdown (BT-111) is needed exactly when the VAT accounting currency (BT-6) is given.</source>
        <translation>Dökümü olmayan bir KDV toplamı (BT-111) yalnızca ve ancak KDV muhasebe para birimi (BT-6) belirtildiğinde gereklidir.</translation>
    </message>
    <message>
        <source>The VAT totals in the two currencies (BT-110, BT-111) must have the same sign.</source>
        <translation>İki para birimindeki KDV toplamları (BT-110, BT-111) aynı işarete sahip olmalıdır.</translation>
    </message>
    <message>
        <source>A direct debit (code %1) needs the mandate reference (BT-89).</source>
        <translation>Doğrudan borçlandırma (kod %1) için talimat referansı (BT-89) gereklidir.</translation>
    </message>
    <message>
        <source>A document referenced from invoice line %1 may only be its invoiced object (code 130).</source>
        <translation>%1 numaralı fatura kaleminden başvurulan bir belge yalnızca o kalemin faturalanan nesnesi (kod 130) olabilir.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 starts before the invoicing period.</source>
        <translation>%1 numaralı fatura kaleminin dönemi, fatura döneminden önce başlıyor.</translation>
    </message>
    <message>
        <source>The period of invoice line %1 ends after the invoicing period.</source>
        <translation>%1 numaralı fatura kaleminin dönemi, fatura döneminden sonra bitiyor.</translation>
    </message>
    <message>
        <source>The base quantity of a price (BT-149) must be above zero.</source>
        <translation>Bir fiyatın baz miktarı (BT-149) sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>The unit of the price&apos;s base quantity (BT-150) differs from that of the invoiced quantity (BT-130) on line %1.</source>
        <translation>%1 numaralı kalemde fiyatın baz miktarının birimi (BT-150), faturalanan miktarın biriminden (BT-130) farklı.</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not one the XRechnung extension allows here.</source>
        <translation>&quot;%1&quot; şeması, XRechnung uzantısının burada izin verdiği şemalardan biri değil.</translation>
    </message>
    <message>
        <source>An attachment of the type &quot;%1&quot; is not allowed; the XRechnung extension takes PDF, PNG, JPEG, CSV, XLSX, ODS and XML.</source>
        <translation>&quot;%1&quot; türünde bir eke izin verilmez; XRechnung uzantısı PDF, PNG, JPEG, CSV, XLSX, ODS ve XML kabul eder.</translation>
    </message>
    <message>
        <source>The item of a sub-invoice line needs exactly one VAT category.</source>
        <translation>Bir alt fatura kalemindeki ürünün tam olarak bir KDV kategorisi olmalıdır.</translation>
    </message>
    <message>
        <source>The amount due (BT-115) must be the total with VAT minus the paid amount plus the third party payments, plus the rounding amount.</source>
        <translation>Ödenecek tutar (BT-115), KDV dahil toplamdan ödenmiş tutar çıkarılıp üçüncü taraf ödemeleri ve yuvarlama tutarı eklenerek bulunan tutara eşit olmalıdır.</translation>
    </message>
    <message>
        <source>A third party payment needs its type (BT-DEX-001).</source>
        <translation>Bir üçüncü taraf ödemesi için türü (BT-DEX-001) gereklidir.</translation>
    </message>
    <message>
        <source>A third party payment needs its amount (BT-DEX-002).</source>
        <translation>Bir üçüncü taraf ödemesi için tutarı (BT-DEX-002) gereklidir.</translation>
    </message>
    <message>
        <source>A third party payment needs its description (BT-DEX-003).</source>
        <translation>Bir üçüncü taraf ödemesi için açıklaması (BT-DEX-003) gereklidir.</translation>
    </message>
    <message>
        <source>The amount of a third party payment has more than two decimals.</source>
        <translation>Bir üçüncü taraf ödemesinin tutarında ikiden fazla ondalık basamak var.</translation>
    </message>
    <message>
        <source>A third party payment must be in the invoice currency (BT-5).</source>
        <translation>Bir üçüncü taraf ödemesi fatura para biriminde (BT-5) olmalıdır.</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs the contract reference (BT-12).</source>
        <translation>Temiz araç faturasında sözleşme referansı (BT-12) bulunmalıdır.</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs the tender or lot reference (BT-17).</source>
        <translation>Temiz araç faturasında ihale veya kısım referansı (BT-17) bulunmalıdır.</translation>
    </message>
    <message>
        <source>A clean vehicle invoice needs at least one line with a vehicle category (list CVD) and the attribute cva.</source>
        <translation>Temiz araç faturasında araç kategorisi (CVD listesi) ve cva özniteliği içeren en az bir kalem bulunmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vehicle category (M1, M2, M3, N1, N2, N3).</source>
        <translation>&quot;%1&quot; bir araç kategorisi değil (M1, M2, M3, N1, N2, N3).</translation>
    </message>
    <message>
        <source>The attribute cva must be clean, zero-emission or other, not &quot;%1&quot;.</source>
        <translation>cva özniteliği clean, zero-emission veya other olmalıdır, &quot;%1&quot; olamaz.</translation>
    </message>
    <message>
        <source>A line with a vehicle category needs exactly one attribute cva.</source>
        <translation>Araç kategorisi içeren bir kalemde tam olarak bir cva özniteliği bulunmalıdır.</translation>
    </message>
    <message>
        <source>A line with the attribute cva needs exactly one vehicle category (list CVD).</source>
        <translation>cva özniteliği içeren bir kalemde tam olarak bir araç kategorisi (CVD listesi) bulunmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item classification list (UNTDID 7143).</source>
        <translation>&quot;%1&quot; bir ürün sınıflandırma listesi değil (UNTDID 7143).</translation>
    </message>
    <message>
        <source>The profile %1 is not an EN 16931 invoice: it has no invoice lines. It is checked by the rules of its own profile; under German VAT law it does not count as an e-invoice (BMF letter of 15 October 2024).</source>
        <translation>%1 profili EN 16931&apos;e uygun bir fatura değildir: fatura kalemleri yoktur. Kendi profilinin kurallarına göre denetlenir; Alman KDV hukukuna göre e-fatura sayılmaz (Federal Maliye Bakanlığı&apos;nın 15 Ekim 2024 tarihli yazısı).</translation>
    </message>
    <message>
        <source>The net amount of line %1 is %2, but quantity × price, plus charges and less allowances, gives %3.</source>
        <translation>%1 numaralı kalemin net tutarı %2, ancak miktar × fiyat, artı ek ücretler ve eksi indirimler %3 ediyor.</translation>
    </message>
    <message>
        <source>The element %1 is given %2 times here; EN 16931 uses it at most once.</source>
        <translation>%1 öğesi burada %2 kez verilmiş; EN 16931 onu en fazla bir kez kullanır.</translation>
    </message>
    <message>
        <source>The party %1 gives both an identifier (ID) and a global identifier (GlobalID); EN 16931 takes one of them.</source>
        <translation>%1 tarafı hem bir tanımlayıcı (ID) hem de küresel bir tanımlayıcı (GlobalID) veriyor; EN 16931 bunlardan birini kullanır.</translation>
    </message>
    <message>
        <source>The UBL version is given as &quot;%1&quot;; EN 16931 uses UBL 2.1.</source>
        <translation>UBL sürümü &quot;%1&quot; olarak verilmiş; EN 16931 UBL 2.1 kullanır.</translation>
    </message>
    <message>
        <source>A gross price (BT-148) may only carry a discount: an allowance with the charge indicator false and its amount (BT-147).</source>
        <translation>Brüt fiyat (BT-148) yalnızca bir indirim taşıyabilir: ek ücret göstergesi false olan bir indirim ve tutarı (BT-147).</translation>
    </message>
    <message>
        <source>%1 referenced documents of the type %2 are given; EN 16931 uses at most one.</source>
        <translation>%2 türünde %1 başvurulan belge verilmiş; EN 16931 en fazla birini kullanır.</translation>
    </message>
    <message>
        <source>The contact of %1 gives both a person and a department name; EN 16931 has one field for the contact point.</source>
        <translation>%1 iletişim bilgisi hem bir kişi hem de bir birim adı veriyor; EN 16931&apos;de irtibat noktası için tek bir alan vardır.</translation>
    </message>
    <message>
        <source>The net amount of line %1 should be the sum of its sub-lines&apos; net amounts (%2).</source>
        <translation>%1 numaralı kalemin net tutarı, alt kalemlerinin net tutarlarının toplamı (%2) olmalıdır.</translation>
    </message>
    <message>
        <source>This CII invoice seems to use sub-invoice lines (ParentLineID), which XRechnung supports only in UBL.</source>
        <translation>Bu CII faturası alt fatura kalemleri (ParentLineID) kullanıyor gibi görünüyor; XRechnung bunları yalnızca UBL&apos;de destekler.</translation>
    </message>
</context>
<context>
    <name>InvoiceSchemas</name>
    <message>
        <source>The XML schema refuses this: %1</source>
        <translation>XML şeması buna izin vermiyor: %1</translation>
    </message>
    <message>
        <source>The schema folder %1 does not exist.</source>
        <translation>%1 şema klasörü mevcut değil.</translation>
    </message>
    <message>
        <source>The schema folder %1 lacks %2; it must be laid out like the published UBL 2.1 and CII D16B schema sets.</source>
        <translation>%1 şema klasöründe %2 eksik; klasör, yayımlanmış UBL 2.1 ve CII D16B şema setleri gibi düzenlenmiş olmalıdır.</translation>
    </message>
    <message>
        <source>The schema %1 cannot be read: %2</source>
        <translation>%1 şeması okunamıyor: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>bilinmeyen hata</translation>
    </message>
    <message>
        <source>The schema check cannot start: out of memory.</source>
        <translation>Şema denetimi başlatılamıyor: bellek yetersiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n further schema error(s) not listed.</source>
        <translation>
            <numerusform>%n şema hatası daha listelenmedi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>%1 (scheme %2)</source>
        <translation>%1 (şema %2)</translation>
    </message>
    <message>
        <source>Cash discount (Skonto): %1 % if paid within %2 days</source>
        <translation>Erken ödeme indirimi (Skonto): %2 gün içinde ödenirse %%1</translation>
    </message>
    <message>
        <source>Cash discount (Skonto): %1 % of %3 if paid within %2 days</source>
        <translation>Erken ödeme indirimi (Skonto): %2 gün içinde ödenirse %3 üzerinden %%1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Kalem %1</translation>
    </message>
    <message>
        <source>Sub-line %1</source>
        <translation>Alt kalem %1</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>Fatura bilgileri</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Allowances and charges</source>
        <translation>İndirimler ve ek ücretler</translation>
    </message>
    <message>
        <source>%1 (%2, %3 characters of Base64)</source>
        <translation>%1 (%2, %3 karakter Base64)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>adsız</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Fatura kalemleri</translation>
    </message>
    <message>
        <source>Credit note %1 of %2</source>
        <translation>%2 tarihli %1 numaralı alacak dekontu</translation>
    </message>
    <message>
        <source>Invoice %1 of %2</source>
        <translation>%2 tarihli %1 numaralı fatura</translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Geçerli, %n uyarı ile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: no rule is broken.</source>
        <translation>Geçerli: hiçbir kural ihlal edilmemiş.</translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n rule(s) broken.</source>
        <translation>
            <numerusform>Geçersiz: %n kural ihlal edilmiş.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n uyarı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation>%1, profil %2</translation>
    </message>
    <message>
        <source>data from the PDF&apos;s attachment %1</source>
        <translation>PDF ekindeki %1 dosyasından alınan veriler</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>The PDF does not show the amount due of the invoice data (%1 %2): check that the picture and the data are the same invoice.</source>
        <translation>PDF, fatura verisindeki ödenecek tutarı (%1 %2) göstermiyor: görüntü ile verinin aynı faturaya ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Fatura numarası</translation>
    </message>
    <message>
        <source>Invoice issue date</source>
        <translation>Fatura düzenleme tarihi</translation>
    </message>
    <message>
        <source>Invoice type code</source>
        <translation>Fatura türü kodu</translation>
    </message>
    <message>
        <source>Invoice currency code</source>
        <translation>Fatura para birimi kodu</translation>
    </message>
    <message>
        <source>VAT accounting currency code</source>
        <translation>KDV muhasebe para birimi kodu</translation>
    </message>
    <message>
        <source>Value added tax point date</source>
        <translation>Vergiyi doğuran olay tarihi</translation>
    </message>
    <message>
        <source>Value added tax point date code</source>
        <translation>Vergiyi doğuran olay tarihi kodu</translation>
    </message>
    <message>
        <source>Payment due date</source>
        <translation>Ödeme vade tarihi</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Alıcı referansı</translation>
    </message>
    <message>
        <source>Project reference</source>
        <translation>Proje referansı</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Sözleşme referansı</translation>
    </message>
    <message>
        <source>Purchase order reference</source>
        <translation>Satın alma siparişi referansı</translation>
    </message>
    <message>
        <source>Sales order reference</source>
        <translation>Satış siparişi referansı</translation>
    </message>
    <message>
        <source>Receiving advice reference</source>
        <translation>Teslim alma bildirimi referansı</translation>
    </message>
    <message>
        <source>Despatch advice reference</source>
        <translation>Sevk irsaliyesi referansı</translation>
    </message>
    <message>
        <source>Tender or lot reference</source>
        <translation>İhale veya kısım referansı</translation>
    </message>
    <message>
        <source>Invoiced object identifier</source>
        <translation>Faturalanan nesne tanımlayıcısı</translation>
    </message>
    <message>
        <source>Buyer accounting reference</source>
        <translation>Alıcı muhasebe referansı</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Ödeme koşulları</translation>
    </message>
    <message>
        <source>Invoice note subject code</source>
        <translation>Fatura notu konu kodu</translation>
    </message>
    <message>
        <source>Invoice note</source>
        <translation>Fatura notu</translation>
    </message>
    <message>
        <source>Business process type</source>
        <translation>İş süreci türü</translation>
    </message>
    <message>
        <source>Specification identifier</source>
        <translation>Spesifikasyon tanımlayıcısı</translation>
    </message>
    <message>
        <source>Preceding invoice reference</source>
        <translation>Önceki fatura referansı</translation>
    </message>
    <message>
        <source>Preceding invoice issue date</source>
        <translation>Önceki faturanın düzenleme tarihi</translation>
    </message>
    <message>
        <source>Seller name</source>
        <translation>Satıcı adı</translation>
    </message>
    <message>
        <source>Seller trading name</source>
        <translation>Satıcı ticari adı</translation>
    </message>
    <message>
        <source>Seller identifier</source>
        <translation>Satıcı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Seller legal registration identifier</source>
        <translation>Satıcı yasal sicil tanımlayıcısı</translation>
    </message>
    <message>
        <source>Seller VAT identifier</source>
        <translation>Satıcı KDV kimlik numarası</translation>
    </message>
    <message>
        <source>Seller tax registration identifier</source>
        <translation>Satıcı vergi numarası</translation>
    </message>
    <message>
        <source>Seller additional legal information</source>
        <translation>Satıcıya ilişkin ek yasal bilgiler</translation>
    </message>
    <message>
        <source>Seller electronic address</source>
        <translation>Satıcı elektronik adresi</translation>
    </message>
    <message>
        <source>Seller address line 1</source>
        <translation>Satıcı adres satırı 1</translation>
    </message>
    <message>
        <source>Seller address line 2</source>
        <translation>Satıcı adres satırı 2</translation>
    </message>
    <message>
        <source>Seller address line 3</source>
        <translation>Satıcı adres satırı 3</translation>
    </message>
    <message>
        <source>Seller city</source>
        <translation>Satıcı şehri</translation>
    </message>
    <message>
        <source>Seller post code</source>
        <translation>Satıcı posta kodu</translation>
    </message>
    <message>
        <source>Seller country subdivision</source>
        <translation>Satıcı bölgesi (eyalet/il)</translation>
    </message>
    <message>
        <source>Seller country code</source>
        <translation>Satıcı ülke kodu</translation>
    </message>
    <message>
        <source>Seller contact point</source>
        <translation>Satıcı irtibat noktası</translation>
    </message>
    <message>
        <source>Seller contact telephone number</source>
        <translation>Satıcı irtibat telefon numarası</translation>
    </message>
    <message>
        <source>Seller contact email address</source>
        <translation>Satıcı irtibat e-posta adresi</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Alıcı adı</translation>
    </message>
    <message>
        <source>Buyer trading name</source>
        <translation>Alıcı ticari adı</translation>
    </message>
    <message>
        <source>Buyer identifier</source>
        <translation>Alıcı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Buyer legal registration identifier</source>
        <translation>Alıcı yasal sicil tanımlayıcısı</translation>
    </message>
    <message>
        <source>Buyer VAT identifier</source>
        <translation>Alıcı KDV kimlik numarası</translation>
    </message>
    <message>
        <source>Buyer electronic address</source>
        <translation>Alıcı elektronik adresi</translation>
    </message>
    <message>
        <source>Buyer address line 1</source>
        <translation>Alıcı adres satırı 1</translation>
    </message>
    <message>
        <source>Buyer address line 2</source>
        <translation>Alıcı adres satırı 2</translation>
    </message>
    <message>
        <source>Buyer address line 3</source>
        <translation>Alıcı adres satırı 3</translation>
    </message>
    <message>
        <source>Buyer city</source>
        <translation>Alıcı şehri</translation>
    </message>
    <message>
        <source>Buyer post code</source>
        <translation>Alıcı posta kodu</translation>
    </message>
    <message>
        <source>Buyer country subdivision</source>
        <translation>Alıcı bölgesi (eyalet/il)</translation>
    </message>
    <message>
        <source>Buyer country code</source>
        <translation>Alıcı ülke kodu</translation>
    </message>
    <message>
        <source>Buyer contact point</source>
        <translation>Alıcı irtibat noktası</translation>
    </message>
    <message>
        <source>Buyer contact telephone number</source>
        <translation>Alıcı irtibat telefon numarası</translation>
    </message>
    <message>
        <source>Buyer contact email address</source>
        <translation>Alıcı irtibat e-posta adresi</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>Ödeme alıcısı adı</translation>
    </message>
    <message>
        <source>Payee identifier</source>
        <translation>Ödeme alıcısı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Payee legal registration identifier</source>
        <translation>Ödeme alıcısı yasal sicil tanımlayıcısı</translation>
    </message>
    <message>
        <source>Seller tax representative name</source>
        <translation>Satıcının vergi temsilcisinin adı</translation>
    </message>
    <message>
        <source>Seller tax representative VAT identifier</source>
        <translation>Satıcının vergi temsilcisinin KDV kimlik numarası</translation>
    </message>
    <message>
        <source>Tax representative address line 1</source>
        <translation>Vergi temsilcisi adres satırı 1</translation>
    </message>
    <message>
        <source>Tax representative address line 2</source>
        <translation>Vergi temsilcisi adres satırı 2</translation>
    </message>
    <message>
        <source>Tax representative address line 3</source>
        <translation>Vergi temsilcisi adres satırı 3</translation>
    </message>
    <message>
        <source>Tax representative city</source>
        <translation>Vergi temsilcisi şehri</translation>
    </message>
    <message>
        <source>Tax representative post code</source>
        <translation>Vergi temsilcisi posta kodu</translation>
    </message>
    <message>
        <source>Tax representative country subdivision</source>
        <translation>Vergi temsilcisi bölgesi (eyalet/il)</translation>
    </message>
    <message>
        <source>Tax representative country code</source>
        <translation>Vergi temsilcisi ülke kodu</translation>
    </message>
    <message>
        <source>Deliver to party name</source>
        <translation>Teslim alacak tarafın adı</translation>
    </message>
    <message>
        <source>Deliver to location identifier</source>
        <translation>Teslimat yeri tanımlayıcısı</translation>
    </message>
    <message>
        <source>Actual delivery date</source>
        <translation>Fiili teslim tarihi</translation>
    </message>
    <message>
        <source>Invoicing period start date</source>
        <translation>Fatura dönemi başlangıç tarihi</translation>
    </message>
    <message>
        <source>Invoicing period end date</source>
        <translation>Fatura dönemi bitiş tarihi</translation>
    </message>
    <message>
        <source>Deliver to address line 1</source>
        <translation>Teslimat adresi satırı 1</translation>
    </message>
    <message>
        <source>Deliver to address line 2</source>
        <translation>Teslimat adresi satırı 2</translation>
    </message>
    <message>
        <source>Deliver to address line 3</source>
        <translation>Teslimat adresi satırı 3</translation>
    </message>
    <message>
        <source>Deliver to city</source>
        <translation>Teslimat adresi şehri</translation>
    </message>
    <message>
        <source>Deliver to post code</source>
        <translation>Teslimat adresi posta kodu</translation>
    </message>
    <message>
        <source>Deliver to country subdivision</source>
        <translation>Teslimat adresi bölgesi (eyalet/il)</translation>
    </message>
    <message>
        <source>Deliver to country code</source>
        <translation>Teslimat adresi ülke kodu</translation>
    </message>
    <message>
        <source>Payment means type code</source>
        <translation>Ödeme aracı türü kodu</translation>
    </message>
    <message>
        <source>Payment means text</source>
        <translation>Ödeme aracı metni</translation>
    </message>
    <message>
        <source>Remittance information</source>
        <translation>Ödeme açıklaması</translation>
    </message>
    <message>
        <source>Payment account identifier</source>
        <translation>Ödeme hesabı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Payment account name</source>
        <translation>Ödeme hesabı adı</translation>
    </message>
    <message>
        <source>Payment service provider identifier</source>
        <translation>Ödeme hizmeti sağlayıcısı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Payment card primary account number</source>
        <translation>Ödeme kartı birincil hesap numarası</translation>
    </message>
    <message>
        <source>Payment card holder name</source>
        <translation>Kart sahibinin adı</translation>
    </message>
    <message>
        <source>Mandate reference identifier</source>
        <translation>Talimat referans tanımlayıcısı</translation>
    </message>
    <message>
        <source>Bank assigned creditor identifier</source>
        <translation>Banka tarafından atanmış alacaklı kimliği</translation>
    </message>
    <message>
        <source>Debited account identifier</source>
        <translation>Borçlandırılacak hesap tanımlayıcısı</translation>
    </message>
    <message>
        <source>Document level allowance amount</source>
        <translation>Belge düzeyinde indirim tutarı</translation>
    </message>
    <message>
        <source>Document level allowance base amount</source>
        <translation>Belge düzeyinde indirim matrahı</translation>
    </message>
    <message>
        <source>Document level allowance percentage</source>
        <translation>Belge düzeyinde indirim yüzdesi</translation>
    </message>
    <message>
        <source>Document level allowance VAT category code</source>
        <translation>Belge düzeyinde indirim KDV kategori kodu</translation>
    </message>
    <message>
        <source>Document level allowance VAT rate</source>
        <translation>Belge düzeyinde indirim KDV oranı</translation>
    </message>
    <message>
        <source>Document level allowance reason</source>
        <translation>Belge düzeyinde indirim gerekçesi</translation>
    </message>
    <message>
        <source>Document level allowance reason code</source>
        <translation>Belge düzeyinde indirim gerekçe kodu</translation>
    </message>
    <message>
        <source>Document level charge amount</source>
        <translation>Belge düzeyinde ek ücret tutarı</translation>
    </message>
    <message>
        <source>Document level charge base amount</source>
        <translation>Belge düzeyinde ek ücret matrahı</translation>
    </message>
    <message>
        <source>Document level charge percentage</source>
        <translation>Belge düzeyinde ek ücret yüzdesi</translation>
    </message>
    <message>
        <source>Document level charge VAT category code</source>
        <translation>Belge düzeyinde ek ücret KDV kategori kodu</translation>
    </message>
    <message>
        <source>Document level charge VAT rate</source>
        <translation>Belge düzeyinde ek ücret KDV oranı</translation>
    </message>
    <message>
        <source>Document level charge reason</source>
        <translation>Belge düzeyinde ek ücret gerekçesi</translation>
    </message>
    <message>
        <source>Document level charge reason code</source>
        <translation>Belge düzeyinde ek ücret gerekçe kodu</translation>
    </message>
    <message>
        <source>Sum of Invoice line net amount</source>
        <translation>Fatura kalemleri net tutarları toplamı</translation>
    </message>
    <message>
        <source>Sum of allowances on document level</source>
        <translation>Belge düzeyindeki indirimlerin toplamı</translation>
    </message>
    <message>
        <source>Sum of charges on document level</source>
        <translation>Belge düzeyindeki ek ücretlerin toplamı</translation>
    </message>
    <message>
        <source>Invoice total amount without VAT</source>
        <translation>KDV hariç fatura toplam tutarı</translation>
    </message>
    <message>
        <source>Invoice total VAT amount</source>
        <translation>Fatura toplam KDV tutarı</translation>
    </message>
    <message>
        <source>Invoice total VAT amount in accounting currency</source>
        <translation>Muhasebe para biriminde fatura toplam KDV tutarı</translation>
    </message>
    <message>
        <source>Invoice total amount with VAT</source>
        <translation>KDV dahil fatura toplam tutarı</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Ödenmiş tutar</translation>
    </message>
    <message>
        <source>Rounding amount</source>
        <translation>Yuvarlama tutarı</translation>
    </message>
    <message>
        <source>Amount due for payment</source>
        <translation>Ödenecek tutar</translation>
    </message>
    <message>
        <source>VAT category taxable amount</source>
        <translation>KDV kategorisi vergi matrahı</translation>
    </message>
    <message>
        <source>VAT category tax amount</source>
        <translation>KDV kategorisi vergi tutarı</translation>
    </message>
    <message>
        <source>VAT category code</source>
        <translation>KDV kategori kodu</translation>
    </message>
    <message>
        <source>VAT category rate</source>
        <translation>KDV kategorisi oranı</translation>
    </message>
    <message>
        <source>VAT exemption reason text</source>
        <translation>KDV muafiyeti gerekçe metni</translation>
    </message>
    <message>
        <source>VAT exemption reason code</source>
        <translation>KDV muafiyeti gerekçe kodu</translation>
    </message>
    <message>
        <source>Supporting document reference</source>
        <translation>Destekleyici belge referansı</translation>
    </message>
    <message>
        <source>Supporting document description</source>
        <translation>Destekleyici belge açıklaması</translation>
    </message>
    <message>
        <source>External document location</source>
        <translation>Harici belge konumu</translation>
    </message>
    <message>
        <source>Attached document</source>
        <translation>Ekli belge</translation>
    </message>
    <message>
        <source>Invoice line identifier</source>
        <translation>Fatura kalemi tanımlayıcısı</translation>
    </message>
    <message>
        <source>Invoice line note</source>
        <translation>Fatura kalemi notu</translation>
    </message>
    <message>
        <source>Invoice line object identifier</source>
        <translation>Fatura kalemi nesne tanımlayıcısı</translation>
    </message>
    <message>
        <source>Invoiced quantity</source>
        <translation>Faturalanan miktar</translation>
    </message>
    <message>
        <source>Invoiced quantity unit of measure code</source>
        <translation>Faturalanan miktarın ölçü birimi kodu</translation>
    </message>
    <message>
        <source>Invoice line net amount</source>
        <translation>Fatura kalemi net tutarı</translation>
    </message>
    <message>
        <source>Referenced purchase order line reference</source>
        <translation>Atıfta bulunulan satın alma siparişi kalemi referansı</translation>
    </message>
    <message>
        <source>Invoice line Buyer accounting reference</source>
        <translation>Fatura kalemi alıcı muhasebe referansı</translation>
    </message>
    <message>
        <source>Invoice line period start date</source>
        <translation>Fatura kalemi dönemi başlangıç tarihi</translation>
    </message>
    <message>
        <source>Invoice line period end date</source>
        <translation>Fatura kalemi dönemi bitiş tarihi</translation>
    </message>
    <message>
        <source>Invoice line allowance amount</source>
        <translation>Fatura kalemi indirim tutarı</translation>
    </message>
    <message>
        <source>Invoice line allowance base amount</source>
        <translation>Fatura kalemi indirim matrahı</translation>
    </message>
    <message>
        <source>Invoice line allowance percentage</source>
        <translation>Fatura kalemi indirim yüzdesi</translation>
    </message>
    <message>
        <source>Invoice line allowance reason</source>
        <translation>Fatura kalemi indirim gerekçesi</translation>
    </message>
    <message>
        <source>Invoice line allowance reason code</source>
        <translation>Fatura kalemi indirim gerekçe kodu</translation>
    </message>
    <message>
        <source>Invoice line charge amount</source>
        <translation>Fatura kalemi ek ücret tutarı</translation>
    </message>
    <message>
        <source>Invoice line charge base amount</source>
        <translation>Fatura kalemi ek ücret matrahı</translation>
    </message>
    <message>
        <source>Invoice line charge percentage</source>
        <translation>Fatura kalemi ek ücret yüzdesi</translation>
    </message>
    <message>
        <source>Invoice line charge reason</source>
        <translation>Fatura kalemi ek ücret gerekçesi</translation>
    </message>
    <message>
        <source>Invoice line charge reason code</source>
        <translation>Fatura kalemi ek ücret gerekçe kodu</translation>
    </message>
    <message>
        <source>Item net price</source>
        <translation>Ürün net fiyatı</translation>
    </message>
    <message>
        <source>Item price discount</source>
        <translation>Ürün fiyat indirimi</translation>
    </message>
    <message>
        <source>Item gross price</source>
        <translation>Ürün brüt fiyatı</translation>
    </message>
    <message>
        <source>Item price base quantity</source>
        <translation>Ürün fiyatı baz miktarı</translation>
    </message>
    <message>
        <source>Item price base quantity unit of measure code</source>
        <translation>Ürün fiyatı baz miktarının ölçü birimi kodu</translation>
    </message>
    <message>
        <source>Invoiced item VAT category code</source>
        <translation>Faturalanan ürünün KDV kategori kodu</translation>
    </message>
    <message>
        <source>Invoiced item VAT rate</source>
        <translation>Faturalanan ürünün KDV oranı</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Ürün adı</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Ürün açıklaması</translation>
    </message>
    <message>
        <source>Item Seller&apos;s identifier</source>
        <translation>Ürünün satıcı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Item Buyer&apos;s identifier</source>
        <translation>Ürünün alıcı tanımlayıcısı</translation>
    </message>
    <message>
        <source>Item standard identifier</source>
        <translation>Ürünün standart tanımlayıcısı</translation>
    </message>
    <message>
        <source>Item classification identifier</source>
        <translation>Ürün sınıflandırma tanımlayıcısı</translation>
    </message>
    <message>
        <source>Item country of origin</source>
        <translation>Ürünün menşe ülkesi</translation>
    </message>
    <message>
        <source>Item attribute name</source>
        <translation>Ürün özelliğinin adı</translation>
    </message>
    <message>
        <source>Item attribute value</source>
        <translation>Ürün özelliğinin değeri</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Süreç kontrolü</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Satıcı</translation>
    </message>
    <message>
        <source>Seller postal address</source>
        <translation>Satıcı posta adresi</translation>
    </message>
    <message>
        <source>Seller contact</source>
        <translation>Satıcı iletişim bilgileri</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>Buyer postal address</source>
        <translation>Alıcı posta adresi</translation>
    </message>
    <message>
        <source>Buyer contact</source>
        <translation>Alıcı iletişim bilgileri</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Ödeme alıcısı</translation>
    </message>
    <message>
        <source>Seller tax representative party</source>
        <translation>Satıcının vergi temsilcisi</translation>
    </message>
    <message>
        <source>Seller tax representative postal address</source>
        <translation>Satıcının vergi temsilcisinin posta adresi</translation>
    </message>
    <message>
        <source>Delivery information</source>
        <translation>Teslimat bilgileri</translation>
    </message>
    <message>
        <source>Invoicing period</source>
        <translation>Fatura dönemi</translation>
    </message>
    <message>
        <source>Deliver to address</source>
        <translation>Teslimat adresi</translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation>Ödeme talimatları</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>Havale</translation>
    </message>
    <message>
        <source>Payment card information</source>
        <translation>Ödeme kartı bilgileri</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Doğrudan borçlandırma</translation>
    </message>
    <message>
        <source>Document level allowances</source>
        <translation>Belge düzeyindeki indirimler</translation>
    </message>
    <message>
        <source>Document level charges</source>
        <translation>Belge düzeyindeki ek ücretler</translation>
    </message>
    <message>
        <source>Document totals</source>
        <translation>Belge toplamları</translation>
    </message>
    <message>
        <source>VAT breakdown</source>
        <translation>KDV dökümü</translation>
    </message>
    <message>
        <source>Additional supporting documents</source>
        <translation>Ek destekleyici belgeler</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Fatura kalemi</translation>
    </message>
    <message>
        <source>Invoice line period</source>
        <translation>Fatura kalemi dönemi</translation>
    </message>
    <message>
        <source>Invoice line allowances</source>
        <translation>Fatura kalemi indirimleri</translation>
    </message>
    <message>
        <source>Invoice line charges</source>
        <translation>Fatura kalemi ek ücretleri</translation>
    </message>
    <message>
        <source>Price details</source>
        <translation>Fiyat ayrıntıları</translation>
    </message>
    <message>
        <source>Line VAT information</source>
        <translation>Kalem KDV bilgileri</translation>
    </message>
    <message>
        <source>Item information</source>
        <translation>Ürün bilgileri</translation>
    </message>
    <message>
        <source>Item attributes</source>
        <translation>Ürün özellikleri</translation>
    </message>
    <message>
        <source>Third party payment</source>
        <translation>Üçüncü taraf ödemesi</translation>
    </message>
    <message>
        <source>Third party payment type</source>
        <translation>Üçüncü taraf ödemesinin türü</translation>
    </message>
    <message>
        <source>Third party payment amount</source>
        <translation>Üçüncü taraf ödemesinin tutarı</translation>
    </message>
    <message>
        <source>Third party payment description</source>
        <translation>Üçüncü taraf ödemesinin açıklaması</translation>
    </message>
    <message>
        <source>commercial invoice</source>
        <translation>ticari fatura</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>alacak dekontu</translation>
    </message>
    <message>
        <source>corrected invoice</source>
        <translation>düzeltilmiş fatura</translation>
    </message>
    <message>
        <source>self-billed invoice</source>
        <translation>alıcı tarafından düzenlenen fatura</translation>
    </message>
    <message>
        <source>partial invoice</source>
        <translation>kısmi fatura</translation>
    </message>
    <message>
        <source>partial construction invoice</source>
        <translation>inşaat hakediş faturası</translation>
    </message>
    <message>
        <source>partial final construction invoice</source>
        <translation>inşaat kısmi kesin hesap faturası</translation>
    </message>
    <message>
        <source>final construction invoice</source>
        <translation>inşaat kesin hesap faturası</translation>
    </message>
    <message>
        <source>self-billed credit note</source>
        <translation>alıcı tarafından düzenlenen alacak dekontu</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>belirtilmemiş</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>nakit</translation>
    </message>
    <message>
        <source>credit transfer</source>
        <translation>havale</translation>
    </message>
    <message>
        <source>payment to bank account</source>
        <translation>banka hesabına ödeme</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>banka kartı</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>otomatik ödeme talimatı</translation>
    </message>
    <message>
        <source>standing agreement</source>
        <translation>düzenli ödeme talimatı</translation>
    </message>
    <message>
        <source>SEPA credit transfer</source>
        <translation>SEPA havalesi</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA otomatik ödeme talimatı</translation>
    </message>
    <message>
        <source>clearing between partners</source>
        <translation>taraflar arasında mahsup</translation>
    </message>
    <message>
        <source>standard rate</source>
        <translation>genel oran</translation>
    </message>
    <message>
        <source>zero rated goods</source>
        <translation>sıfır oranlı mallar</translation>
    </message>
    <message>
        <source>exempt from tax</source>
        <translation>vergiden muaf</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>sorumlu sıfatıyla beyan (ters ibraz)</translation>
    </message>
    <message>
        <source>intra-community supply</source>
        <translation>AB içi teslim</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>AB dışına ihracat</translation>
    </message>
    <message>
        <source>not subject to VAT</source>
        <translation>KDV kapsamı dışında</translation>
    </message>
    <message>
        <source>Canary Islands general indirect tax</source>
        <translation>Kanarya Adaları genel dolaylı vergisi (IGIC)</translation>
    </message>
    <message>
        <source>tax for production, services and importation in Ceuta and Melilla</source>
        <translation>Ceuta ve Melilla üretim, hizmet ve ithalat vergisi (IPSI)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referanslar</translation>
    </message>
</context>
<context>
    <name>InvoiceTaskSource</name>
    <message>
        <source>The task names no invoice (&quot;%1&quot;).</source>
        <translation>Görev bir fatura belirtmiyor (&quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>InvoiceWriter</name>
    <message>
        <source>The invoice draft lacks %1.</source>
        <translation>Fatura taslağında şu bilgi eksik: %1.</translation>
    </message>
    <message>
        <source>the seller&apos;s name (BT-27)</source>
        <translation>satıcının adı (BT-27)</translation>
    </message>
    <message>
        <source>the buyer&apos;s name (BT-44)</source>
        <translation>alıcının adı (BT-44)</translation>
    </message>
    <message>
        <source>the seller&apos;s post code (BT-38)</source>
        <translation>satıcının posta kodu (BT-38)</translation>
    </message>
    <message>
        <source>the buyer&apos;s post code (BT-53)</source>
        <translation>alıcının posta kodu (BT-53)</translation>
    </message>
    <message>
        <source>the seller&apos;s city (BT-37)</source>
        <translation>satıcının şehri (BT-37)</translation>
    </message>
    <message>
        <source>the buyer&apos;s city (BT-52)</source>
        <translation>alıcının şehri (BT-52)</translation>
    </message>
    <message>
        <source>The seller&apos;s country &quot;%1&quot; (BT-40) is not a code of two capital letters such as DE.</source>
        <translation>Satıcının ülkesi &quot;%1&quot; (BT-40), DE gibi iki büyük harften oluşan bir kod değil.</translation>
    </message>
    <message>
        <source>The buyer&apos;s country &quot;%1&quot; (BT-55) is not a code of two capital letters such as DE.</source>
        <translation>Alıcının ülkesi &quot;%1&quot; (BT-55), DE gibi iki büyük harften oluşan bir kod değil.</translation>
    </message>
    <message>
        <source>the seller&apos;s electronic address and its scheme (BT-34)</source>
        <translation>satıcının elektronik adresi ve şeması (BT-34)</translation>
    </message>
    <message>
        <source>the buyer&apos;s electronic address and its scheme (BT-49)</source>
        <translation>alıcının elektronik adresi ve şeması (BT-49)</translation>
    </message>
    <message>
        <source>The seller&apos;s VAT identifier &quot;%1&quot; (BT-31) must start with its country prefix, as in DE123456789, and have no spaces.</source>
        <translation>Satıcının KDV kimlik numarası &quot;%1&quot; (BT-31), DE123456789 örneğindeki gibi ülke önekiyle başlamalı ve boşluk içermemelidir.</translation>
    </message>
    <message>
        <source>The buyer&apos;s VAT identifier &quot;%1&quot; (BT-48) must start with its country prefix, as in DE123456789, and have no spaces.</source>
        <translation>Alıcının KDV kimlik numarası &quot;%1&quot; (BT-48), DE123456789 örneğindeki gibi ülke önekiyle başlamalı ve boşluk içermemelidir.</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT identifier (BT-31), or else both the tax number (BT-32) and the legal registration identifier (BT-30)</source>
        <translation>satıcının KDV kimlik numarası (BT-31) ya da hem vergi numarası (BT-32) hem de yasal sicil tanımlayıcısı (BT-30)</translation>
    </message>
    <message>
        <source>the seller&apos;s contact (BG-6) with name, telephone and e-mail address (BT-41 to BT-43), which XRechnung requires</source>
        <translation>XRechnung&apos;un zorunlu tuttuğu, ad, telefon ve e-posta adresini (BT-41 ile BT-43 arası) içeren satıcı iletişim bilgileri (BG-6)</translation>
    </message>
    <message>
        <source>the item name of line %1 (BT-153)</source>
        <translation>satır %1 için ürün adı (BT-153)</translation>
    </message>
    <message>
        <source>the unit of the quantity of line %1 (BT-130)</source>
        <translation>satır %1 için miktar birimi (BT-130)</translation>
    </message>
    <message>
        <source>The net price of line %1 (BT-146) is %2; a price is never negative (invoice a negative quantity instead).</source>
        <translation>Satır %1 için net fiyat (BT-146) %2; fiyat hiçbir zaman negatif olamaz (bunun yerine negatif miktar faturalayın).</translation>
    </message>
    <message>
        <source>Line %1 has the standard VAT category S with the rate %2 %; the rate must be above 0 (BR-S-05).</source>
        <translation>Satır %1, %2 % oranla standart KDV kategorisi S&apos;de; oran 0&apos;dan büyük olmalıdır (BR-S-05).</translation>
    </message>
    <message>
        <source>Line %1 has the VAT category &quot;%2&quot; (BT-151); the writer knows S (standard rate), Z (zero rated) and E (exempt).</source>
        <translation>Satır %1, &quot;%2&quot; KDV kategorisinde (BT-151); fatura oluşturucu S (standart oran), Z (sıfır oran) ve E (muaf) kategorilerini tanır.</translation>
    </message>
    <message>
        <source>Line %1 has the VAT category %2 with the rate %3 %; in that category the rate is 0.</source>
        <translation>Satır %1, %3 % oranla %2 KDV kategorisinde; bu kategoride oran 0&apos;dır.</translation>
    </message>
    <message>
        <source>the VAT exemption reason (BT-120) that line %1, exempt from VAT, needs</source>
        <translation>KDV&apos;den muaf satır %1 için gereken muafiyet gerekçesi (BT-120)</translation>
    </message>
    <message>
        <source>The invoice draft has the character U+%1, which XML cannot carry, in &quot;%2&quot;.</source>
        <translation>Fatura taslağı, &quot;%2&quot; içinde XML&apos;in taşıyamadığı U+%1 karakterini içeriyor.</translation>
    </message>
    <message>
        <source>the invoice number (BT-1)</source>
        <translation>fatura numarası (BT-1)</translation>
    </message>
    <message>
        <source>the issue date (BT-2)</source>
        <translation>düzenleme tarihi (BT-2)</translation>
    </message>
    <message>
        <source>The due date %1 (BT-9) lies before the issue date %2 (BT-2).</source>
        <translation>Vade tarihi %1 (BT-9), düzenleme tarihi %2 (BT-2) öncesinde.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; (BT-5) is not a code of three capital letters such as EUR.</source>
        <translation>Para birimi &quot;%1&quot; (BT-5), EUR gibi üç büyük harften oluşan bir kod değil.</translation>
    </message>
    <message>
        <source>the buyer reference (BT-10), for public buyers their Leitweg-ID</source>
        <translation>alıcı referansı (BT-10); kamu alıcıları için Leitweg-ID</translation>
    </message>
    <message>
        <source>the IBAN to pay to (BT-84)</source>
        <translation>ödemenin yapılacağı IBAN (BT-84)</translation>
    </message>
    <message>
        <source>The IBAN %1 (BT-84) is not valid: its check digits do not match or it has the wrong form.</source>
        <translation>IBAN %1 (BT-84) geçersiz: kontrol basamakları tutmuyor veya biçimi yanlış.</translation>
    </message>
    <message>
        <source>The payment terms (BT-20) have the line &quot;%1&quot;, which is not a Skonto line in the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# (BR-DE-18).</source>
        <translation>Ödeme koşulları (BT-20) &quot;%1&quot; satırını içeriyor; bu satır XRechnung biçiminde (#SKONTO#TAGE=14#PROZENT=2.00#) bir Skonto satırı değil (BR-DE-18).</translation>
    </message>
    <message>
        <source>The invoice draft has no lines; an invoice needs at least one (BG-25).</source>
        <translation>Fatura taslağında hiç satır yok; bir faturada en az bir satır olmalıdır (BG-25).</translation>
    </message>
    <message>
        <source>Two lines have the id %1 (BT-126).</source>
        <translation>İki satırın kimliği aynı: %1 (BT-126).</translation>
    </message>
    <message>
        <source>The invoice draft lacks a due date (BT-9) or payment terms (BT-20); an invoice with an amount due needs one of them (BR-CO-25).</source>
        <translation>Fatura taslağında vade tarihi (BT-9) veya ödeme koşulları (BT-20) yok; ödenecek tutarı olan bir faturada bunlardan biri gerekir (BR-CO-25).</translation>
    </message>
    <message>
        <source>The invoice %1 could not be written as XML.</source>
        <translation>Fatura %1 XML olarak yazılamadı.</translation>
    </message>
</context>
<context>
    <name>KeysetQuery</name>
    <message>
        <source>An outline needs a step of at least one row.</source>
        <translation>Bir ana hat en az bir satırlık adım gerektirir.</translation>
    </message>
    <message>
        <source>The outline of the list was no longer needed.</source>
        <translation>Listenin ana hattına artık gerek kalmadı.</translation>
    </message>
    <message>
        <source>A database statement failed: %1</source>
        <translation>Bir veritabanı komutu başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>MilestoneTaskSource</name>
    <message>
        <source>Milestone</source>
        <translation>Kilometre taşı</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 tarihinden beri gecikmiş</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>A milestone can only be marked reached.</source>
        <translation>Bir kilometre taşı yalnızca ulaşıldı olarak işaretlenebilir.</translation>
    </message>
</context>
<context>
    <name>OzgServices</name>
    <message>
        <source>the catalogue</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; the OZG catalogue is far smaller.</source>
        <translation>%1, 50 MB&apos;tan büyük; OZG kataloğu bundan çok daha küçüktür.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text; save the catalogue as CSV (UTF-8).</source>
        <translation>%1 geçerli bir UTF-8 metni değil; kataloğu CSV (UTF-8) olarak kaydedin.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character: it is not a CSV text file.</source>
        <translation>%1 bir NUL karakteri içeriyor: bir CSV metin dosyası değil.</translation>
    </message>
    <message>
        <source>%1 is empty or has no header line.</source>
        <translation>%1 boş veya başlık satırı içermiyor.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, satır %2: tırnak içindeki bir alan kapatılmamış.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; appears twice.</source>
        <translation>%1, satır 1: &quot;%2&quot; sütunu iki kez geçiyor.</translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; is missing (expected: leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic).</source>
        <translation>%1, satır 1: &quot;%2&quot; sütunu eksik (beklenen: leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic).</translation>
    </message>
    <message>
        <source>it has %1 fields, the header has %2.</source>
        <translation>%1 alan içeriyor, başlık satırında ise %2 alan var.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>bir alan %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>the OZG id is missing.</source>
        <translation>OZG kimliği eksik.</translation>
    </message>
    <message>
        <source>the OZG id &quot;%1&quot; is not a number of 1 to 10 digits.</source>
        <translation>&quot;%1&quot; OZG kimliği 1 ile 10 basamaklı bir sayı değil.</translation>
    </message>
    <message>
        <source>the LeiKa name is missing.</source>
        <translation>LeiKa adı eksik.</translation>
    </message>
    <message>
        <source>the OZG name is missing.</source>
        <translation>OZG adı eksik.</translation>
    </message>
    <message>
        <source>the LeiKa key &quot;%1&quot; is not 14 digits (nor &quot;nicht im LeiKa&quot;).</source>
        <translation>&quot;%1&quot; LeiKa anahtarı 14 basamaklı değil (ve &quot;nicht im LeiKa&quot; de değil).</translation>
    </message>
    <message>
        <source>it repeats the service of line %1 (%2, OZG id %3).</source>
        <translation>%1. satırdaki hizmeti tekrarlıyor (%2, OZG kimliği %3).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>There is no catalogue entry number %1.</source>
        <translation>%1 numaralı katalog kaydı yok.</translation>
    </message>
    <message>
        <source>The catalogue has no service with the LeiKa key or OZG id &quot;%1&quot;.</source>
        <translation>Katalogda LeiKa anahtarı veya OZG kimliği &quot;%1&quot; olan bir hizmet yok.</translation>
    </message>
    <message>
        <source>%1 may not maintain the OZG services of this department: that needs the programme manager, or the digitalisation officer of the department.</source>
        <translation>%1, bu birimin OZG hizmetlerini yönetemez: bunun için program yöneticisi ya da birimin dijitalleşme sorumlusu olmak gerekir.</translation>
    </message>
    <message>
        <source>A service needs a responsible department; number %1 is none.</source>
        <translation>Bir hizmet için sorumlu bir birim gerekir; %1 numaralı bir birim yok.</translation>
    </message>
    <message>
        <source>There is no sub-project number %1 to link the service to.</source>
        <translation>Hizmetin bağlanacağı %1 numaralı bir alt proje yok.</translation>
    </message>
    <message>
        <source>The maturity level %1 does not exist in model %2: its levels are 0 to %3.</source>
        <translation>%1 olgunluk düzeyi %2 modelinde yok: bu modelin düzeyleri 0 ile %3 arasındadır.</translation>
    </message>
    <message>
        <source>The online service link &quot;%1&quot; is not an http or https address.</source>
        <translation>&quot;%1&quot; çevrimiçi hizmet bağlantısı bir http veya https adresi değil.</translation>
    </message>
    <message>
        <source>The district offers this catalogue service already (service number %1).</source>
        <translation>İlçe idaresi bu katalog hizmetini zaten sunuyor (hizmet numarası %1).</translation>
    </message>
    <message>
        <source>A maturity change cannot be dated %1, after today.</source>
        <translation>Bir olgunluk değişikliğinin tarihi bugünden sonra olamaz (%1).</translation>
    </message>
    <message>
        <source>A maturity change cannot be dated %1, before the last recorded step of %2.</source>
        <translation>Bir olgunluk değişikliğinin tarihi (%1), kaydedilen son adımın tarihinden (%2) önce olamaz.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; was changed by someone else meanwhile; reload it and enter the change again.</source>
        <translation>&quot;%1&quot; hizmeti bu arada başka biri tarafından değiştirildi; hizmeti yeniden yükleyip değişikliği tekrar girin.</translation>
    </message>
    <message>
        <source>There is no offered service number %1.</source>
        <translation>%1 numaralı sunulan hizmet yok.</translation>
    </message>
    <message>
        <source>The first maturity step of a service cannot be dated in the future (%1); today is %2.</source>
        <translation>Bir hizmetin ilk olgunluk adımının tarihi gelecekte olamaz (%1); bugünün tarihi %2.</translation>
    </message>
</context>
<context>
    <name>PageBuffer</name>
    <message>
        <source>No shared buffer for rendered pages could be created: %1</source>
        <translation>Görüntülenen sayfalar için ortak arabellek oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Only 32-bit images without row padding go through the page buffer.</source>
        <translation>Sayfa arabelleğinden yalnızca satır dolgusu olmayan 32 bitlik görüntüler geçebilir.</translation>
    </message>
    <message>
        <source>The rendered page could not be written to the shared buffer: %1</source>
        <translation>Görüntülenen sayfa ortak arabelleğe yazılamadı: %1</translation>
    </message>
    <message>
        <source>There is not enough memory for a page of %1 × %2 pixels.</source>
        <translation>%1 × %2 piksellik bir sayfa için yeterli bellek yok.</translation>
    </message>
    <message>
        <source>The shared buffer holds less than the rendered page announced.</source>
        <translation>Ortak arabellek, görüntülenen sayfa için bildirilenden daha az veri içeriyor.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 dosyası yok.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be read as a PDF.</source>
        <translation>%1 normal bir dosya değil, bu nedenle PDF olarak okunamaz.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>%1 dosyası okunamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>the PDF data (%n bytes)</source>
        <translation>
            <numerusform>PDF verisi (%n bayt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty: it is not a PDF file.</source>
        <translation>%1 boş: bir PDF dosyası değil.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 bir PDF dosyası değil.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF.</source>
        <translation>%1 bozuk ve PDF olarak okunamıyor.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: enter the password to open it.</source>
        <translation>%1 parola korumalı: açmak için parolayı girin.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>%1 için parola yanlış.</translation>
    </message>
    <message>
        <source>%1 is damaged: it contains no readable pages.</source>
        <translation>%1 bozuk: okunabilir sayfa içermiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>%1 içinde %2. sayfa yok: belgede %n sayfa var.</numerusform>
        </translation>
    </message>
    <message>
        <source>A page cannot be shown at %1 dpi: the resolution must be above 0 and at most %2 dpi.</source>
        <translation>Bir sayfa %1 dpi çözünürlükte gösterilemez: çözünürlük 0&apos;dan büyük ve en fazla %2 dpi olmalıdır.</translation>
    </message>
    <message>
        <source>A page cannot be turned by %1 degrees: only 0, 90, 180 and 270 are possible.</source>
        <translation>Bir sayfa %1 derece döndürülemez: yalnızca 0, 90, 180 ve 270 mümkündür.</translation>
    </message>
    <message>
        <source>Page %1 of %2 is damaged and cannot be shown.</source>
        <translation>%2 içindeki %1. sayfa bozuk ve gösterilemiyor.</translation>
    </message>
    <message>
        <source>Page %1 of %2 has no area and cannot be shown.</source>
        <translation>%2 içindeki %1. sayfanın alanı yok ve sayfa gösterilemiyor.</translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to show at %3 dpi (%4 × %5 pixels).</source>
        <translation>%2 içindeki %1. sayfa, %3 dpi çözünürlükte gösterilemeyecek kadar büyük (%4 × %5 piksel).</translation>
    </message>
    <message>
        <source>Showing page %1 of %2 was cancelled.</source>
        <translation>%2 içindeki %1. sayfanın gösterilmesi iptal edildi.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn: the page is damaged or needs more memory than is available.</source>
        <translation>%2 içindeki %1. sayfa çizilemedi: sayfa bozuk ya da kullanılabilir bellekten fazlasını gerektiriyor.</translation>
    </message>
    <message>
        <source>Page %1 of %2 needs more memory than is available.</source>
        <translation>%2 içindeki %1. sayfa kullanılabilir bellekten fazlasını gerektiriyor.</translation>
    </message>
</context>
<context>
    <name>PdfWorker</name>
    <message>
        <source>The PDF reader %1 cannot be started (%2): PDFs cannot be indexed or previewed until Amtsdesk is installed completely.</source>
        <translation>PDF okuyucu %1 başlatılamıyor (%2): Amtsdesk tamamen kurulana kadar PDF&apos;ler dizine eklenemez ve önizlenemez.</translation>
    </message>
    <message>
        <source>The program %1 is not a working PDF reader for this version of Amtsdesk: PDFs cannot be indexed or previewed until Amtsdesk is installed completely.</source>
        <translation>%1 programı, Amtsdesk&apos;in bu sürümü için çalışan bir PDF okuyucu değil: Amtsdesk tamamen kurulana kadar PDF&apos;ler dizine eklenemez ve önizlenemez.</translation>
    </message>
    <message>
        <source>The PDF reader gave an invalid answer while reading %1 and was restarted: the file is stored, but cannot be indexed or previewed.</source>
        <translation>PDF okuyucu %1 okunurken geçersiz bir yanıt verdi ve yeniden başlatıldı: dosya saklandı, ancak dizine eklenemiyor ve önizlenemiyor.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: it does not exist or you may not read it.</source>
        <translation>%1 dosyası okunamıyor: dosya yok ya da okuma izniniz yok.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 bir PDF dosyası değil.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF.</source>
        <translation>%1 bozuk ve PDF olarak okunamıyor.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: enter the password to open it.</source>
        <translation>%1 parola korumalı: açmak için parolayı girin.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>%1 için parola yanlış.</translation>
    </message>
    <message>
        <source>%1 needs more memory than the PDF reader may use (%2 MB): it is stored, but cannot be indexed or previewed.</source>
        <translation>%1, PDF okuyucunun kullanabileceğinden daha fazla bellek gerektiriyor (%2 MB): dosya saklandı, ancak dizine eklenemiyor ve önizlenemiyor.</translation>
    </message>
    <message>
        <source>The PDF reader refused a request for %1: %2</source>
        <translation>PDF okuyucu %1 için bir isteği reddetti: %2</translation>
    </message>
    <message>
        <source>A thumbnail must be between 0 and %1 pixels wide, not %2.</source>
        <translation>Bir küçük resmin genişliği 0 ile %1 piksel arasında olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>There is not enough memory to show a page of %1 (%2 × %3 pixels).</source>
        <translation>%1 içindeki bir sayfayı göstermek için yeterli bellek yok (%2 × %3 piksel).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 okunması iptal edildi.</translation>
    </message>
    <message>
        <source>The PDF reader sent too much data while reading %1 and was restarted.</source>
        <translation>PDF okuyucu %1 okunurken çok fazla veri gönderdi ve yeniden başlatıldı.</translation>
    </message>
    <message>
        <source>%1 could not be read within %2 s.</source>
        <translation>%1, %2 sn içinde okunamadı.</translation>
    </message>
    <message>
        <source>%1 could not be read within the memory limit of %2 MB.</source>
        <translation>%1, %2 MB bellek sınırı içinde okunamadı.</translation>
    </message>
    <message>
        <source>%1 made the PDF reader stop unexpectedly.</source>
        <translation>%1, PDF okuyucunun beklenmedik biçimde durmasına neden oldu.</translation>
    </message>
</context>
<context>
    <name>ProcessFigures</name>
    <message>
        <source>see process figures</source>
        <translation>süreç göstergelerini görme</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message>
        <source>Traffic lights by programme area</source>
        <translation>Program alanına göre trafik ışıkları</translation>
    </message>
    <message>
        <source>Traffic lights by department</source>
        <translation>Birime göre trafik ışıkları</translation>
    </message>
    <message>
        <source>Sub-projects by phase</source>
        <translation>Aşamaya göre alt projeler</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Alt projeler</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vadesi gelen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>OZG services by maturity level</source>
        <translation>Olgunluk düzeyine göre OZG hizmetleri</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Düzey %1</translation>
    </message>
    <message>
        <source>sub-projects</source>
        <translation>alt projeler</translation>
    </message>
    <message>
        <source>Timeline of the sub-projects</source>
        <translation>Alt projelerin zaman çizelgesi</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Ulaşılan kilometre taşı</translation>
    </message>
    <message>
        <source>Milestone open</source>
        <translation>Açık kilometre taşı</translation>
    </message>
    <message>
        <source>Milestone overdue</source>
        <translation>Gecikmiş kilometre taşı</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapor tarihi</translation>
    </message>
    <message>
        <source>Milestones by sponsoring department</source>
        <translation>Üstlenen birime göre kilometre taşları</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>Aylara göre kilometre taşları</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>kilometre taşları</translation>
    </message>
    <message>
        <source>maturity level</source>
        <translation>olgunluk düzeyi</translation>
    </message>
    <message>
        <source>services</source>
        <translation>hizmetler</translation>
    </message>
    <message>
        <source>Training coverage by department and course</source>
        <translation>Birim ve kursa göre eğitim oranı</translation>
    </message>
    <message>
        <source>Training coverage by course (mean over departments)</source>
        <translation>Kursa göre eğitim oranı (birimlerin ortalaması)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Staff trained (%)</source>
        <translation>Eğitim almış personel (%)</translation>
    </message>
    <message>
        <source>Maturity of the OZG services over the year (model %1)</source>
        <translation>Yıl boyunca OZG hizmetlerinin olgunluğu (model %1)</translation>
    </message>
</context>
<context>
    <name>ProgrammeOptions</name>
    <message>
        <source>--lead: %1</source>
        <translation>--lead: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--file: %1</source>
        <translation>--file: %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: &apos;%2&apos; bir tarih değil; YYYY-MM-DD biçiminde yazın.</translation>
    </message>
    <message>
        <source>%1: %2 lies in the future.</source>
        <translation>%1: %2 gelecekte bir tarih.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>There is no department number %1 to report on.</source>
        <translation>Rapor hazırlanacak %1 numaralı bir birim yok.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programın tamamı</translation>
    </message>
    <message>
        <source>The programme report is for the people of this store; nobody is signed in.</source>
        <translation>Program raporu bu veri deposunun kullanıcıları içindir; oturum açmış kimse yok.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Rapor %1 konumuna yazılamıyor: %2</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Rapor için dosya adı belirtilmedi.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: the PDF could not be started.</source>
        <translation>Rapor %1 konumuna yazılamıyor: PDF oluşturma başlatılamadı.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: page %2 could not be added.</source>
        <translation>Rapor %1 konumuna yazılamıyor: %2. sayfa eklenemedi.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: the PDF could not be finished.</source>
        <translation>Rapor %1 konumuna yazılamıyor: PDF tamamlanamadı.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTerms</name>
    <message>
        <source>Not set</source>
        <translation>Belirlenmedi</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Yolunda</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk altında</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Plandan sapmış</translation>
    </message>
    <message>
        <source>E-File</source>
        <translation>E-Dosya</translation>
    </message>
    <message>
        <source>E-Invoice</source>
        <translation>E-Fatura</translation>
    </message>
    <message>
        <source>OZG Services</source>
        <translation>OZG Hizmetleri</translation>
    </message>
    <message>
        <source>Process Management</source>
        <translation>Süreç Yönetimi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Altyapı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlanıyor</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Hayata geçirildi</translation>
    </message>
    <message>
        <source>OZG maturity model 1.1</source>
        <translation>OZG olgunluk modeli 1.1</translation>
    </message>
    <message>
        <source>OZG maturity model 2.0</source>
        <translation>OZG olgunluk modeli 2.0</translation>
    </message>
    <message>
        <source>E-file training</source>
        <translation>E-dosya eğitimi</translation>
    </message>
    <message>
        <source>E-invoice training</source>
        <translation>E-fatura eğitimi</translation>
    </message>
    <message>
        <source>Digitalisation training</source>
        <translation>Dijitalleşme eğitimi</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Kısa sunum (Blitzlicht)</translation>
    </message>
    <message>
        <source>Consultation hours</source>
        <translation>Danışma saatleri</translation>
    </message>
    <message>
        <source>Citizens&apos; workshop</source>
        <translation>Vatandaş çalıştayı</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Çalıştay</translation>
    </message>
    <message>
        <source>Innovation team</source>
        <translation>İnovasyon ekibi</translation>
    </message>
    <message>
        <source>Staff workshop</source>
        <translation>Personel çalıştayı</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Reddedildi</translation>
    </message>
</context>
<context>
    <name>Recalculator</name>
    <message>
        <source>VAT %1 %2 % on %3</source>
        <translation>KDV %1 %2 % (matrah %3)</translation>
    </message>
    <message>
        <source>Sum of the invoice lines</source>
        <translation>Fatura satırlarının toplamı</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>İndirimler</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Ek ücretler</translation>
    </message>
    <message>
        <source>Total without VAT</source>
        <translation>KDV hariç toplam</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>KDV toplamı</translation>
    </message>
    <message>
        <source>Total with VAT</source>
        <translation>KDV dahil toplam</translation>
    </message>
    <message>
        <source>Amount due for payment</source>
        <translation>Ödenecek tutar</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Case</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>%1 %2 has no workflow item, so it has no state.</source>
        <translation>%1 %2 için iş akışı öğesi yok, bu nedenle bir durumu da yok.</translation>
    </message>
    <message>
        <source>Workflow item %1 belongs to a record that does not exist: %2 %3.</source>
        <translation>%1 numaralı iş akışı öğesi mevcut olmayan bir kayda ait: %2 %3.</translation>
    </message>
    <message>
        <source>Invoice %1 points at workflow item %2, which is not its own.</source>
        <translation>%1 numaralı fatura, kendisine ait olmayan %2 numaralı iş akışı öğesine işaret ediyor.</translation>
    </message>
    <message>
        <source>Workflow item %1 has no history.</source>
        <translation>%1 numaralı iş akışı öğesinin geçmişi yok.</translation>
    </message>
    <message>
        <source>Workflow item %1 is in state &quot;%2&quot;, but its history ends in &quot;%3&quot;.</source>
        <translation>%1 numaralı iş akışı öğesi &quot;%2&quot; durumunda, ancak geçmişi &quot;%3&quot; ile bitiyor.</translation>
    </message>
    <message>
        <source>Workflow item %1 (%2 %3) has no audit entry for its start.</source>
        <translation>%1 numaralı iş akışı öğesinin (%2 %3) başlangıcı için denetim kaydı girdisi yok.</translation>
    </message>
    <message>
        <source>Workflow item %1 (%2 %3) took %4 steps, but the audit trail records %5.</source>
        <translation>%1 numaralı iş akışı öğesinde (%2 %3) %4 adım uygulanmış, ancak denetim kaydında %5 adım kayıtlı.</translation>
    </message>
    <message>
        <source>Document %1 has no version, so no stored file.</source>
        <translation>%1 numaralı belgenin sürümü yok, bu nedenle saklanan dosyası da yok.</translation>
    </message>
    <message>
        <source>Document %1 lacks versions: it has %2 of the versions 1 to %3.</source>
        <translation>%1 numaralı belgenin sürümleri eksik: 1 ile %3 arasındaki sürümlerden yalnızca %2 tanesi var.</translation>
    </message>
    <message>
        <source>Document %1, version %2, is marked as indexed, but it is not in the search index.</source>
        <translation>%1 numaralı belgenin %2. sürümü dizine eklenmiş olarak işaretli, ancak arama dizininde yok.</translation>
    </message>
    <message>
        <source>%1 %2 has no audit entry &quot;%3&quot;.</source>
        <translation>%1 %2 için &quot;%3&quot; denetim kaydı girdisi yok.</translation>
    </message>
    <message>
        <source>Document %1, version %2, has no audit entry &quot;%3&quot;.</source>
        <translation>%1 numaralı belgenin %2. sürümü için &quot;%3&quot; denetim kaydı girdisi yok.</translation>
    </message>
    <message>
        <source>Note %1 (on %2 %3) has no audit entry &quot;%4&quot;.</source>
        <translation>%1 numaralı not (%2 %3 üzerindeki) için &quot;%4&quot; denetim kaydı girdisi yok.</translation>
    </message>
    <message>
        <source>Audit entry %1 (&quot;%2&quot;) names a record that does not exist and was not destroyed: %3 %4.</source>
        <translation>%1 numaralı denetim kaydı girdisi (&quot;%2&quot;), mevcut olmayan ve imha edilmemiş bir kaydı belirtiyor: %3 %4.</translation>
    </message>
    <message>
        <source>A check could not run: %1</source>
        <translation>Bir denetim çalıştırılamadı: %1</translation>
    </message>
    <message>
        <source>… and %1 more of the same kind.</source>
        <translation>… ve aynı türden %1 tane daha.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>level %1 (model %2)</source>
        <translation>düzey %1 (model %2)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Yok.</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kilometre taşı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>No sub-projects in this scope.</source>
        <translation>Bu kapsamda alt proje yok.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Son rapor</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>henüz rapor yok</translation>
    </message>
    <message>
        <source>No service went online in the period.</source>
        <translation>Dönem içinde yayına alınan hizmet yok.</translation>
    </message>
    <message>
        <source>Service (LeiKa)</source>
        <translation>Hizmet (LeiKa)</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa anahtarı</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Olgunluk</translation>
    </message>
    <message>
        <source>Online since</source>
        <translation>Yayına alınma tarihi</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>No course is required in this scope.</source>
        <translation>Bu kapsamda zorunlu kurs yok.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Trained / required</source>
        <translation>Eğitim almış / zorunlu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Oran</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>In the period: %1 sessions, %2 attendances.</source>
        <translation>Dönem içinde: %1 oturum, %2 katılım.</translation>
    </message>
    <message>
        <source>Digitalisation programme – status report</source>
        <translation>Dijitalleşme programı – durum raporu</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Tüm program</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Kapsam: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Dönem: %1 – %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Temel göstergeler</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Alt projeler</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kilometre taşları</translation>
    </message>
    <message>
        <source>Reached in the period</source>
        <translation>Dönem içinde ulaşılan</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Dönem içinde son tarihi gelen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Services that went online</source>
        <translation>Yayına alınan hizmetler</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Alt projeler</translation>
    </message>
    <message>
        <source>Sub-projects in the scope of the report</source>
        <translation>Rapor kapsamındaki alt projeler</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk altında</translation>
    </message>
    <message>
        <source>Sub-projects whose latest status is amber</source>
        <translation>Son durumu sarı olan alt projeler</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Plandan sapmış</translation>
    </message>
    <message>
        <source>Sub-projects whose latest status is red</source>
        <translation>Son durumu kırmızı olan alt projeler</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Gecikmiş kilometre taşları</translation>
    </message>
    <message>
        <source>Open milestones whose due date has passed</source>
        <translation>Son tarihi geçmiş açık kilometre taşları</translation>
    </message>
    <message>
        <source>Services online</source>
        <translation>Çevrimiçi hizmetler</translation>
    </message>
    <message>
        <source>OZG services of the scope that are online on the day</source>
        <translation>Kapsamdaki, rapor gününde çevrimiçi olan OZG hizmetleri</translation>
    </message>
    <message>
        <source>Mean training coverage</source>
        <translation>Ortalama eğitim oranı</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>zorunlu eğitim yok</translation>
    </message>
    <message>
        <source>Mean share of staff trained over every required course and department</source>
        <translation>Tüm zorunlu eğitimler ve birimler genelinde eğitimi tamamlamış personelin ortalama payı</translation>
    </message>
</context>
<context>
    <name>ResolvedScope</name>
    <message>
        <source>The file plan has no unit number %1.</source>
        <translation>Dosya planında %1 numaralı birim yok.</translation>
    </message>
    <message>
        <source>There is no case number %1.</source>
        <translation>%1 numaralı işlem yok.</translation>
    </message>
</context>
<context>
    <name>ResubmissionTaskSource</name>
    <message>
        <source>Resubmission</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>A resubmission can only be marked done.</source>
        <translation>Bir takip yalnızca tamamlandı olarak işaretlenebilir.</translation>
    </message>
</context>
<context>
    <name>Resubmissions</name>
    <message>
        <source>A resubmission needs a date.</source>
        <translation>Bir takip için tarih gerekir.</translation>
    </message>
    <message>
        <source>A resubmission needs a reason of 1 to 1,000 characters.</source>
        <translation>Bir takip için 1 ile 1.000 karakter arasında bir gerekçe gerekir.</translation>
    </message>
    <message>
        <source>%1 does not work in the department %2 of this file.</source>
        <translation>%1, bu dosyanın ait olduğu %2 biriminde çalışmıyor.</translation>
    </message>
    <message>
        <source>There is no resubmission number %1.</source>
        <translation>%1 numaralı takip yok.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Memur</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>İmza yetkilisi</translation>
    </message>
    <message>
        <source>Invoice checker</source>
        <translation>Fatura kontrolü</translation>
    </message>
    <message>
        <source>Payment approver</source>
        <translation>Ödeme onay yetkilisi</translation>
    </message>
    <message>
        <source>Digitalisation officer</source>
        <translation>Dijitalleşme sorumlusu</translation>
    </message>
    <message>
        <source>Programme manager</source>
        <translation>Program yöneticisi</translation>
    </message>
    <message>
        <source>Process manager</source>
        <translation>Süreç yöneticisi</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The blob folder %1 cannot be renamed.</source>
        <translation>Belge dosyaları klasörü %1 yeniden adlandırılamıyor.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1, %2 olarak yeniden adlandırılamıyor.</translation>
    </message>
    <message>
        <source>The generator ran out of files.</source>
        <translation>Oluşturucunun dosyaları tükendi.</translation>
    </message>
    <message>
        <source>The number of documents must be between 1 and 10,000,000, not %1.</source>
        <translation>Belge sayısı 1 ile 10.000.000 arasında olmalıdır, %1 değil.</translation>
    </message>
    <message>
        <source>%1 was not made by &apos;generate&apos;; generated records go only into a new store or one that &apos;generate&apos; made.</source>
        <translation>%1 &apos;generate&apos; ile oluşturulmadı; oluşturulan kayıtlar yalnızca yeni bir veri deposuna ya da &apos;generate&apos; ile oluşturulmuş bir veri deposuna yazılır.</translation>
    </message>
    <message>
        <source>%1 is being generated with seed %2, %3 documents, up to %4; run &apos;generate&apos; with these to go on, or choose another store.</source>
        <translation>%1, %2 tohum değeri, %3 belge ve %4 bitiş tarihiyle oluşturuluyor; devam etmek için &apos;generate&apos; komutunu bu değerlerle çalıştırın ya da başka bir veri deposu seçin.</translation>
    </message>
</context>
<context>
    <name>ScaleWriter</name>
    <message>
        <source>No temporary folder can be made for the generated invoices.</source>
        <translation>Oluşturulan faturalar için geçici klasör oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The department %1 has no clerk to keep its files.</source>
        <translation>%1 biriminde dosyalarını yürütecek bir memur yok.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ScopedList</name>
    <message>
        <source>Number %1 is not in this list.</source>
        <translation>%1 numarası bu listede yok.</translation>
    </message>
</context>
<context>
    <name>SearchExtensions</name>
    <message>
        <source>The full-text search cannot be set up without an open database connection.</source>
        <translation>Tam metin araması açık bir veritabanı bağlantısı olmadan kurulamaz.</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5), so the store&apos;s search index cannot be used.</source>
        <translation>Kullanılan SQLite kütüphanesinde tam metin araması (FTS5) yok; bu nedenle veri deposunun arama dizini kullanılamaz.</translation>
    </message>
    <message>
        <source>SQLite refused the German search tokenizer: %1</source>
        <translation>SQLite, Almanca arama ayrıştırıcısını reddetti: %1</translation>
    </message>
    <message>
        <source>SQLite refused the search ranking function: %1</source>
        <translation>SQLite, arama sonuçlarını sıralama işlevini reddetti: %1</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The parenthesis at position %1 nests more than %2 levels deep; simplify the search.</source>
        <translation>%1. konumdaki parantez %2 düzeyden daha derin iç içe geçmiş; aramayı sadeleştirin.</translation>
    </message>
    <message>
        <source>The closing parenthesis &quot;)&quot; at position %1 has no opening &quot;(&quot; before it.</source>
        <translation>%1. konumdaki &quot;)&quot; kapanış parantezinin önünde açılış parantezi &quot;(&quot; yok.</translation>
    </message>
    <message>
        <source>The parenthesis &quot;(&quot; at position %1 is never closed: add a &quot;)&quot; or remove it.</source>
        <translation>%1. konumdaki &quot;(&quot; parantezi kapatılmamış: bir &quot;)&quot; ekleyin ya da parantezi kaldırın.</translation>
    </message>
    <message>
        <source>The quote at position %1 is never closed: add a closing &quot; or remove it.</source>
        <translation>%1. konumdaki tırnak işareti kapatılmamış: kapanış için bir &quot; ekleyin ya da tırnak işaretini kaldırın.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; at position %2 cannot be excluded with &quot;-&quot;; remove the &quot;-&quot;.</source>
        <translation>%2. konumdaki &quot;%1&quot; filtresi &quot;-&quot; ile hariç tutulamaz; &quot;-&quot; işaretini kaldırın.</translation>
    </message>
    <message>
        <source>The filter &quot;%1:&quot; at position %2 has no value: write it as %1:value or %1:&quot;value with spaces&quot;.</source>
        <translation>%2. konumdaki &quot;%1:&quot; filtresinin değeri yok: %1:değer ya da %1:&quot;boşluklu değer&quot; biçiminde yazın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 contains a word longer than %3 letters, which the search index does not hold.</source>
        <translation>%2. konumdaki &quot;%1&quot;, %3 harften uzun bir sözcük içeriyor; arama dizini bu tür sözcükleri içermez.</translation>
    </message>
    <message>
        <source>The prefix search &quot;%1&quot; at position %2 needs at least %3 letters before the *.</source>
        <translation>%2. konumdaki &quot;%1&quot; önek araması için * işaretinden önce en az %3 harf gerekir.</translation>
    </message>
    <message>
        <source>The parentheses at position %1 are empty: put words between them or remove them.</source>
        <translation>%1. konumdaki parantezler boş: aralarına sözcük yazın ya da parantezleri kaldırın.</translation>
    </message>
    <message>
        <source>The operators &quot;%1&quot; (position %2) and &quot;%3&quot; (position %4) follow each other: put a word between them.</source>
        <translation>&quot;%1&quot; (konum %2) ve &quot;%3&quot; (konum %4) işleçleri art arda geliyor: aralarına bir sözcük yazın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 has nothing to exclude from: a search cannot only exclude words, so put a word to search for before it.</source>
        <translation>%2. konumdaki &quot;%1&quot; için hariç tutulacak bir şey yok: bir arama yalnızca sözcük hariç tutamaz; bu nedenle önüne aranacak bir sözcük yazın.</translation>
    </message>
    <message>
        <source>The search cannot start with the operator &quot;%1&quot; (position %2): put a word before it.</source>
        <translation>Arama &quot;%1&quot; işleciyle başlayamaz (konum %2): önüne bir sözcük yazın.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; at position %2 has no word before it inside the parentheses.</source>
        <translation>%2. konumdaki &quot;%1&quot; işlecinin önünde, parantezlerin içinde sözcük yok.</translation>
    </message>
    <message>
        <source>The search cannot end with the operator &quot;%1&quot; (position %2): put a word after it.</source>
        <translation>Arama &quot;%1&quot; işleciyle bitemez (konum %2): arkasına bir sözcük yazın.</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; at position %2 has no word after it inside the parentheses.</source>
        <translation>%2. konumdaki &quot;%1&quot; işlecinden sonra, parantezlerin içinde sözcük yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 only excludes: a search cannot consist of excluded words alone, so add a word that the results must contain.</source>
        <translation>%2. konumdaki &quot;%1&quot; yalnızca hariç tutuyor: bir arama yalnızca hariç tutulan sözcüklerden oluşamaz; sonuçlarda geçmesi gereken bir sözcük ekleyin.</translation>
    </message>
    <message>
        <source>The search text could not be read.</source>
        <translation>Arama metni okunamadı.</translation>
    </message>
    <message>
        <source>The search text has %1 characters; at most %2 are allowed.</source>
        <translation>Arama metni %1 karakter içeriyor; en fazla %2 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>The search is empty: type a word to search for.</source>
        <translation>Arama boş: aranacak bir sözcük yazın.</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>There is no Amtsdesk store at %1 (%2). Ask your administrator, or create one with &apos;amtsdesk-cli init --admin LOGIN&apos;.</source>
        <translation>%1 konumunda (%2) Amtsdesk veri deposu yok. Yöneticinize başvurun ya da &apos;amtsdesk-cli init --admin LOGIN&apos; ile bir veri deposu oluşturun.</translation>
    </message>
    <message>
        <source>Welcome to Amtsdesk</source>
        <translation>Amtsdesk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>There is no Amtsdesk store on this computer yet.

Create one at %1, with you (%2) as its first administrator?</source>
        <translation>Bu bilgisayarda henüz Amtsdesk veri deposu yok.

%1 konumunda, ilk yöneticisi siz (%2) olacak şekilde bir veri deposu oluşturulsun mu?</translation>
    </message>
    <message>
        <source>No store was created.</source>
        <translation>Veri deposu oluşturulmadı.</translation>
    </message>
    <message>
        <source>--user works on demo and test stores only; on this store you act as your own login (%1).</source>
        <translation>--user yalnızca demo ve test veri depolarında çalışır; bu veri deposunda kendi kullanıcı adınızla (%1) işlem yaparsınız.</translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message>
        <source>row %1 of table %2 points at a missing row of %3</source>
        <translation>%2 tablosundaki %1 numaralı satır, %3 içinde bulunmayan bir satıra başvuruyor</translation>
    </message>
    <message>
        <source>The store is intact.</source>
        <translation>Veri deposu sağlam.</translation>
    </message>
    <message>
        <source>The store is NOT intact.</source>
        <translation>Veri deposu sağlam DEĞİL.</translation>
    </message>
    <message>
        <source>Database integrity: ok</source>
        <translation>Veritabanı bütünlüğü: sorun yok</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>Veritabanı bütünlüğü: %1</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, chain unbroken, head %2</source>
        <translation>Denetim kaydı: %1 girdi, zincir kesintisiz, son hash %2</translation>
    </message>
    <message>
        <source>Audit trail: broken at entry %1: %2</source>
        <translation>Denetim kaydı: %1 numaralı girdide bozuk: %2</translation>
    </message>
    <message>
        <source>Audit trail: cannot be read: %1</source>
        <translation>Denetim kaydı: okunamıyor: %1</translation>
    </message>
    <message>
        <source>Documents: %1 stored files, all match their hashes</source>
        <translation>Belgeler: saklanan %1 dosya, tümü hash değerleriyle eşleşiyor</translation>
    </message>
    <message>
        <source>Documents: blob %1 is missing</source>
        <translation>Belgeler: %1 belge dosyası eksik</translation>
    </message>
    <message>
        <source>Documents: blob %1 does not match its hash (changed or damaged)</source>
        <translation>Belgeler: %1 belge dosyası hash değeriyle eşleşmiyor (değiştirilmiş ya da bozulmuş)</translation>
    </message>
    <message>
        <source>Documents: %1 unreferenced files (left by interrupted imports; harmless)</source>
        <translation>Belgeler: başvurulmayan %1 dosya (yarıda kalan içe aktarmalardan kalmış; zararsız)</translation>
    </message>
    <message>
        <source>full-text index: %1</source>
        <translation>tam metin dizini: %1</translation>
    </message>
    <message>
        <source>Records: complete (each with its parts and its audit entries)</source>
        <translation>Kayıtlar: eksiksiz (her biri parçaları ve denetim kaydı girdileriyle)</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Kayıtlar: %1</translation>
    </message>
    <message>
        <source>Full-text index: not checked, the store is read-only</source>
        <translation>Tam metin dizini: denetlenmedi, veri deposu salt okunur</translation>
    </message>
</context>
<context>
    <name>SubProjects</name>
    <message>
        <source>The sub-project %1 is changed by people, not by the program itself.</source>
        <translation>%1 alt projesini programın kendisi değil, kişiler değiştirir.</translation>
    </message>
    <message>
        <source>%1 may not change the sub-project %2: it is sponsored by the department %3, and a digitalisation officer changes only the sub-projects of their own departments.</source>
        <translation>%1, %2 alt projesini değiştiremez: alt projenin sahibi %3 birimidir ve bir dijitalleşme sorumlusu yalnızca kendi birimlerinin alt projelerini değiştirebilir.</translation>
    </message>
    <message>
        <source>%1 may not change the sub-project %2: that needs the role &quot;%3&quot;, or the role &quot;%4&quot; in its sponsoring department %5.</source>
        <translation>%1, %2 alt projesini değiştiremez: bunun için &quot;%3&quot; rolü ya da alt projenin sahibi olan %5 biriminde &quot;%4&quot; rolü gerekir.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not usable: it needs 1 to 20 letters, digits, dots, hyphens or underscores, starting with a letter or digit (such as TP-07).</source>
        <translation>&quot;%1&quot; kodu kullanılamaz: harf veya rakamla başlayan, 1 ile 20 arasında harf, rakam, nokta, kısa çizgi ya da alt çizgiden oluşmalıdır (ör. TP-07).</translation>
    </message>
    <message>
        <source>The code %1 belongs to another sub-project already.</source>
        <translation>%1 kodu zaten başka bir alt projeye ait.</translation>
    </message>
    <message>
        <source>The title of a sub-project needs 1 to 200 characters; it has %1.</source>
        <translation>Bir alt projenin başlığı 1 ile 200 karakter arasında olmalıdır; bu başlık %1 karakterden oluşuyor.</translation>
    </message>
    <message>
        <source>The lead of a sub-project must be a user of Amtsdesk; there is no user %1.</source>
        <translation>Bir alt projenin sorumlusu bir Amtsdesk kullanıcısı olmalıdır; %1 kullanıcısı yok.</translation>
    </message>
    <message>
        <source>The lead of a sub-project must be an active user; %1 is not.</source>
        <translation>Bir alt projenin sorumlusu etkin bir kullanıcı olmalıdır; %1 etkin değil.</translation>
    </message>
    <message>
        <source>The sponsoring department of a sub-project must exist; there is no department %1.</source>
        <translation>Bir alt projenin sahibi olan birim mevcut olmalıdır; %1 birimi yok.</translation>
    </message>
    <message>
        <source>A participating department must exist; there is no department %1.</source>
        <translation>Katılımcı bir birim mevcut olmalıdır; %1 birimi yok.</translation>
    </message>
    <message>
        <source>The planned start (%1) must not lie after the planned end (%2).</source>
        <translation>Planlanan başlangıç (%1), planlanan bitişten (%2) sonra olamaz.</translation>
    </message>
    <message>
        <source>The forecast start (%1) must not lie after the forecast end (%2).</source>
        <translation>Öngörülen başlangıç (%1), öngörülen bitişten (%2) sonra olamaz.</translation>
    </message>
    <message>
        <source>The planned budget must not be negative; it is %1.</source>
        <translation>Planlanan bütçe negatif olamaz; girilen değer %1.</translation>
    </message>
    <message>
        <source>The budget spent must not be negative; it is %1.</source>
        <translation>Harcanan bütçe negatif olamaz; girilen değer %1.</translation>
    </message>
    <message>
        <source>The description of a sub-project may have at most 10,000 characters.</source>
        <translation>Bir alt projenin açıklaması en fazla 10.000 karakter olabilir.</translation>
    </message>
    <message>
        <source>The risks of a sub-project may have at most 10,000 characters.</source>
        <translation>Bir alt projenin riskleri en fazla 10.000 karakter olabilir.</translation>
    </message>
    <message>
        <source>The sub-project %1 cannot depend on itself.</source>
        <translation>%1 alt projesi kendisine bağımlı olamaz.</translation>
    </message>
    <message>
        <source>A sub-project can only depend on one that exists; there is no sub-project %1.</source>
        <translation>Bir alt proje yalnızca mevcut bir alt projeye bağımlı olabilir; %1 alt projesi yok.</translation>
    </message>
    <message>
        <source>The sub-project %1 cannot depend on that: %2 depends on %1 already, and the dependencies would go round in a circle.</source>
        <translation>%1 alt projesi buna bağımlı olamaz: %2 zaten %1 alt projesine bağımlı ve bağımlılıklar bir döngü oluşturur.</translation>
    </message>
    <message>
        <source>The e-file of a sub-project must exist; there is no file %1.</source>
        <translation>Bir alt projenin e-dosyası mevcut olmalıdır; %1 dosyası yok.</translation>
    </message>
    <message>
        <source>There is no idea %1 for the sub-project to carry on.</source>
        <translation>Alt projenin devam ettireceği %1 numaralı bir fikir yok.</translation>
    </message>
    <message>
        <source>The idea %1 became the sub-project %2 already.</source>
        <translation>%1 numaralı fikir zaten %2 alt projesine dönüştürüldü.</translation>
    </message>
    <message>
        <source>The sub-project %1 was changed by someone else in the meantime. Please look at it again.</source>
        <translation>%1 alt projesi bu arada başka biri tarafından değiştirildi. Lütfen alt projeyi yeniden inceleyin.</translation>
    </message>
    <message>
        <source>There is no sub-project %1.</source>
        <translation>%1 alt projesi yok.</translation>
    </message>
    <message>
        <source>A status report cannot be dated in the future (%1); today is %2.</source>
        <translation>Bir durum raporunun tarihi gelecekte olamaz (%1); bugünün tarihi %2.</translation>
    </message>
    <message>
        <source>The progress of a status report is a share from 0 to 100 per cent, not %1.</source>
        <translation>Bir durum raporunun ilerleme değeri 0 ile 100 arasında bir yüzde olmalıdır, %1 değil.</translation>
    </message>
    <message>
        <source>A status report that says &quot;%1&quot; needs a text with the reason.</source>
        <translation>&quot;%1&quot; bildiren bir durum raporu için gerekçeyi içeren bir metin gerekir.</translation>
    </message>
    <message>
        <source>The text of a status report may have at most 10,000 characters; it has %1.</source>
        <translation>Bir durum raporunun metni en fazla 10.000 karakter olabilir; bu metin %1 karakterden oluşuyor.</translation>
    </message>
    <message>
        <source>The status report just written cannot be read back.</source>
        <translation>Az önce yazılan durum raporu geri okunamıyor.</translation>
    </message>
    <message>
        <source>The title of a milestone needs 1 to 200 characters; it has %1.</source>
        <translation>Bir kilometre taşının başlığı 1 ile 200 karakter arasında olmalıdır; bu başlık %1 karakterden oluşuyor.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; needs a due date.</source>
        <translation>&quot;%1&quot; kilometre taşı için bir son tarih gerekir.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached on %2; only open milestones can be moved.</source>
        <translation>&quot;%1&quot; kilometre taşına %2 tarihinde ulaşıldı; yalnızca açık kilometre taşlarının tarihi değiştirilebilir.</translation>
    </message>
    <message>
        <source>A milestone cannot be reached in the future (%1); today is %2.</source>
        <translation>Bir kilometre taşına gelecekteki bir tarihte (%1) ulaşılmış olamaz; bugünün tarihi %2.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached on %2 already.</source>
        <translation>&quot;%1&quot; kilometre taşına zaten %2 tarihinde ulaşıldı.</translation>
    </message>
    <message>
        <source>The milestone &quot;%1&quot; was reached in the meantime.</source>
        <translation>&quot;%1&quot; kilometre taşına bu arada ulaşıldı.</translation>
    </message>
    <message>
        <source>There is no milestone %1.</source>
        <translation>%1 numaralı kilometre taşı yok.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>No part of Amtsdesk handles tasks of the kind &quot;%1&quot;.</source>
        <translation>Amtsdesk&apos;in hiçbir bölümü &quot;%1&quot; türündeki görevleri işlemiyor.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>%1 may not require a course of a role: that is for the programme manager.</source>
        <translation>%1, bir eğitimi bir rol için zorunlu kılamaz: bu, program yöneticisinin işidir.</translation>
    </message>
    <message>
        <source>%1 may not maintain courses: that needs the programme manager or a digitalisation officer.</source>
        <translation>%1 eğitimleri yönetemez: bunun için program yöneticisi ya da bir dijitalleşme sorumlusu olmak gerekir.</translation>
    </message>
    <message>
        <source>%1 may not maintain the training records of this department: that needs the programme manager, or the digitalisation officer of the department.</source>
        <translation>%1, bu birimin eğitim katılım kayıtlarını yönetemez: bunun için program yöneticisi ya da birimin dijitalleşme sorumlusu olmak gerekir.</translation>
    </message>
    <message>
        <source>A member of staff needs a name of 1 to 200 characters.</source>
        <translation>Bir çalışanın adı 1 ile 200 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The position of %1 is longer than 200 characters.</source>
        <translation>%1 için girilen unvan 200 karakterden uzun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>A member of staff needs a department; number %1 is none.</source>
        <translation>Bir çalışan için bir birim gerekir; %1 numaralı bir birim yok.</translation>
    </message>
    <message>
        <source>There is no user number %1 to link %2 to.</source>
        <translation>%1 numaralı bir kullanıcı yok; %2 bu kullanıcıya bağlanamaz.</translation>
    </message>
    <message>
        <source>The user is linked to the member of staff %1 already.</source>
        <translation>Kullanıcı zaten bir çalışana bağlı: %1.</translation>
    </message>
    <message>
        <source>There is no member of staff number %1.</source>
        <translation>%1 numaralı çalışan yok.</translation>
    </message>
    <message>
        <source>The course code &quot;%1&quot; must be 1 to 20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; eğitim kodu, harf veya rakamla başlayan, 1 ile 20 arasında harf, rakam, &apos;.&apos;, &apos;_&apos; ya da &apos;-&apos; karakterinden oluşmalıdır.</translation>
    </message>
    <message>
        <source>The course %1 needs a title of 1 to 200 characters.</source>
        <translation>%1 eğitimi için 1 ile 200 karakter arasında bir başlık gerekir.</translation>
    </message>
    <message>
        <source>The description of course %1 is longer than 4,000 characters.</source>
        <translation>%1 eğitiminin açıklaması 4.000 karakterden uzun.</translation>
    </message>
    <message>
        <source>There is a course with the code %1 already.</source>
        <translation>%1 kodlu bir eğitim zaten var.</translation>
    </message>
    <message>
        <source>There is no course with the code &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kodlu bir eğitim yok.</translation>
    </message>
    <message>
        <source>There is no course number %1 for the session.</source>
        <translation>Oturum için %1 numaralı bir eğitim yok.</translation>
    </message>
    <message>
        <source>A session of course %1 needs a valid date.</source>
        <translation>%1 eğitiminin bir oturumu için geçerli bir tarih gerekir.</translation>
    </message>
    <message>
        <source>The capacity of a session must be more than 0 places; %1 is not.</source>
        <translation>Bir oturumun kapasitesi 0 kişiden fazla olmalıdır; %1 bu koşulu karşılamıyor.</translation>
    </message>
    <message>
        <source>The place and the trainer of a session may have at most 200 characters each.</source>
        <translation>Bir oturumun yeri ve eğitmeni en fazla 200&apos;er karakter olabilir.</translation>
    </message>
    <message>
        <source>There is no session number %1.</source>
        <translation>%1 numaralı oturum yok.</translation>
    </message>
    <message>
        <source>%1 no longer works here and cannot be recorded as attending.</source>
        <translation>%1 artık burada çalışmıyor ve katılımcı olarak kaydedilemez.</translation>
    </message>
    <message>
        <source>The session of %1 on %2 is full: all %3 places are taken.</source>
        <translation>%1 eğitiminin %2 tarihli oturumu dolu: %3 yerin tümü dolmuş.</translation>
    </message>
    <message>
        <source>%1 is not recorded as attending session number %2.</source>
        <translation>%1, %2 numaralı oturuma katılmış olarak kayıtlı değil.</translation>
    </message>
    <message>
        <source>A course is required either of a department or of a role, not of both or neither.</source>
        <translation>Bir eğitim ya bir birim ya da bir rol için zorunlu kılınır; ikisi birden ya da hiçbiri olamaz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>&quot;%1&quot; bir rol değil.</translation>
    </message>
    <message>
        <source>There is no course number %1 to require.</source>
        <translation>Zorunlu kılınacak %1 numaralı bir eğitim yok.</translation>
    </message>
    <message>
        <source>There is no department number %1 to require the course of.</source>
        <translation>Eğitimin zorunlu kılınacağı %1 numaralı bir birim yok.</translation>
    </message>
    <message>
        <source>The course %1 is required there already.</source>
        <translation>%1 eğitimi orada zaten zorunlu.</translation>
    </message>
    <message>
        <source>There is no course requirement number %1.</source>
        <translation>%1 numaralı eğitim zorunluluğu yok.</translation>
    </message>
    <message>
        <source>The entry of %1 in the staff directory was changed by someone else in the meantime. Please look at it again.</source>
        <translation>%1 kişisinin personel listesindeki kaydı bu arada başka biri tarafından değiştirildi. Lütfen kaydı yeniden gözden geçirin.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>İşlem zaten tamamlanmıştı.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>The German word list %1 is missing (%2); install the Debian package wngerman (apt-get install wngerman).</source>
        <translation>Almanca sözcük listesi %1 eksik (%2); wngerman Debian paketini kurun (apt-get install wngerman).</translation>
    </message>
    <message>
        <source>The German word list %1 has no words; reinstall the Debian package wngerman.</source>
        <translation>Almanca sözcük listesi %1 hiç sözcük içermiyor; wngerman Debian paketini yeniden kurun.</translation>
    </message>
</context>
<context>
    <name>WorkerService</name>
    <message>
        <source>The request names no file.</source>
        <translation>İstek bir dosya belirtmiyor.</translation>
    </message>
    <message>
        <source>The PDF reader does not know the request &quot;%1&quot;.</source>
        <translation>PDF okuyucu &quot;%1&quot; isteğini tanımıyor.</translation>
    </message>
    <message>
        <source>A thumbnail must be between 0 and %1 pixels wide, not %2.</source>
        <translation>Bir küçük resmin genişliği 0 ile %1 piksel arasında olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The embedded file &quot;%1&quot; is larger than %2 MB.</source>
        <translation>Gömülü &quot;%1&quot; dosyası %2 MB&apos;tan büyük.</translation>
    </message>
    <message>
        <source>The request is not a JSON object: %1</source>
        <translation>İstek bir JSON nesnesi değil: %1</translation>
    </message>
    <message>
        <source>The reply would be larger than %1 MB.</source>
        <translation>Yanıt %1 MB&apos;tan büyük olurdu.</translation>
    </message>
    <message>
        <source>Reading the file needed more memory than the PDF reader may use.</source>
        <translation>Dosyayı okumak için PDF okuyucunun kullanabileceğinden daha fazla bellek gerekti.</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>Belgede %1. sayfa yok.</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>The workflow definition %1 is larger than 1 MB.</source>
        <translation>%1 iş akışı tanımı 1 MB&apos;tan büyük.</translation>
    </message>
    <message>
        <source>The workflow definition %1 is not valid JSON at byte %2: %3</source>
        <translation>%1 iş akışı tanımı %2. baytta geçerli JSON değil: %3</translation>
    </message>
    <message>
        <source>The workflow definition %1 must be a JSON object.</source>
        <translation>%1 iş akışı tanımı bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>The workflow definition %1: transition &quot;%2&quot; names the unknown role &quot;%3&quot;.</source>
        <translation>%1 iş akışı tanımı: &quot;%2&quot; geçişi bilinmeyen &quot;%3&quot; rolünü belirtiyor.</translation>
    </message>
    <message>
        <source>The workflow definition %1: %2</source>
        <translation>%1 iş akışı tanımı: %2</translation>
    </message>
    <message>
        <source>its key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>iş akışı anahtarı &quot;%1&quot; yalnızca küçük harf, rakam ve &apos;_&apos; içermelidir.</translation>
    </message>
    <message>
        <source>it needs a version number of 1 or more.</source>
        <translation>sürüm numarası 1 veya daha büyük olmalıdır.</translation>
    </message>
    <message>
        <source>the workflow has no label in &quot;%1&quot;.</source>
        <translation>iş akışının &quot;%1&quot; dilinde etiketi yok.</translation>
    </message>
    <message>
        <source>it has no states.</source>
        <translation>hiç durum tanımlanmamış.</translation>
    </message>
    <message>
        <source>the state key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>durum anahtarı &quot;%1&quot; yalnızca küçük harf, rakam ve &apos;_&apos; içermelidir.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is declared twice.</source>
        <translation>&quot;%1&quot; durumu iki kez tanımlanmış.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; has no label in &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; durumunun &quot;%2&quot; dilinde etiketi yok.</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of its states.</source>
        <translation>başlangıç durumu &quot;%1&quot;, tanımlı durumlardan biri değil.</translation>
    </message>
    <message>
        <source>it has no final state.</source>
        <translation>hiç bitiş durumu tanımlanmamış.</translation>
    </message>
    <message>
        <source>the transition key &quot;%1&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>geçiş anahtarı &quot;%1&quot; yalnızca küçük harf, rakam ve &apos;_&apos; içermelidir.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is declared twice.</source>
        <translation>&quot;%1&quot; geçişi iki kez tanımlanmış.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; has no label in &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; geçişinin &quot;%2&quot; dilinde etiketi yok.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; does not say where it starts (&quot;from&quot;).</source>
        <translation>&quot;%1&quot; geçişi hangi durumda başladığını belirtmiyor (&quot;from&quot;).</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; starts in the unknown state &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; geçişi bilinmeyen &quot;%2&quot; durumunda başlıyor.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; leaves the final state &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; geçişi &quot;%2&quot; bitiş durumundan çıkıyor.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; leads to the unknown state &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; geçişi bilinmeyen &quot;%2&quot; durumuna götürüyor.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is taken by the system, so it cannot name roles.</source>
        <translation>&quot;%1&quot; geçişi sistem tarafından uygulanır, bu nedenle rol belirtemez.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; names no role that may take it.</source>
        <translation>&quot;%1&quot; geçişi, onu uygulayabilecek hiçbir rol belirtmiyor.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; is taken by the system, so it can neither need a comment nor a four-eyes rule.</source>
        <translation>&quot;%1&quot; geçişi sistem tarafından uygulanır, bu nedenle ne açıklama gerektirebilir ne de dört göz ilkesine tabi olabilir.</translation>
    </message>
    <message>
        <source>the four-eyes rule of &quot;%1&quot; names the unknown transition &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; geçişinin dört göz ilkesi, bilinmeyen &quot;%2&quot; geçişini belirtiyor.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; cannot be reached from the initial state.</source>
        <translation>&quot;%1&quot; durumuna başlangıç durumundan ulaşılamıyor.</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is not final but has no way out.</source>
        <translation>&quot;%1&quot; durumu bir bitiş durumu değil, ancak bu durumdan çıkan hiçbir geçiş yok.</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; has a due date field, which only the system&apos;s transitions can have.</source>
        <translation>&quot;%1&quot; adımının bir vade tarihi alanı var; bu alan yalnızca sistemin adımlarında olabilir.</translation>
    </message>
    <message>
        <source>the due date field &quot;%1&quot; of &quot;%2&quot; must be lower-case letters, digits and &apos;_&apos;.</source>
        <translation>&quot;%2&quot; adımının &quot;%1&quot; vade tarihi alanı yalnızca küçük harf, rakam ve &apos;_&apos; içermelidir.</translation>
    </message>
    <message>
        <source>The workflow definition %1: transition &quot;%2&quot; lets &quot;%3&quot; act for any department, but that is not one of its roles.</source>
        <translation>İş akışı tanımı %1: &quot;%2&quot; geçişi &quot;%3&quot; rolünün her birim adına işlem yapmasına izin veriyor, ancak bu rol geçişin rollerinden biri değil.</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>A workflow item needs a type and a reference.</source>
        <translation>Bir iş akışı öğesi için tür ve referans gerekir.</translation>
    </message>
    <message>
        <source>A workflow item needs a title.</source>
        <translation>Bir iş akışı öğesi için başlık gerekir.</translation>
    </message>
    <message>
        <source>%1 %2 is in a workflow already.</source>
        <translation>%1 %2 zaten bir iş akışında.</translation>
    </message>
    <message>
        <source>There is no workflow item %1.</source>
        <translation>%1 numaralı iş akışı öğesi yok.</translation>
    </message>
    <message>
        <source>%1 %2 is in no workflow.</source>
        <translation>%1 %2 hiçbir iş akışında değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the program itself, not by a person.</source>
        <translation>&quot;%1&quot; bir kişi tarafından değil, programın kendisi tarafından yapılır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by a person.</source>
        <translation>&quot;%1&quot; bir kişi tarafından yapılmalıdır.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: that needs one of the roles %3.</source>
        <translation>%1, &quot;%2&quot; adımını uygulayamaz: bunun için şu rollerden biri gerekir: %3.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: the item belongs to another department.</source>
        <translation>%1, &quot;%2&quot; adımını uygulayamaz: öğe başka bir birime ait.</translation>
    </message>
    <message>
        <source>%1 may not &quot;%2&quot;: four eyes are needed, and %1 already did &quot;%3&quot; on this item.</source>
        <translation>%1, &quot;%2&quot; adımını uygulayamaz: dört göz ilkesi geçerli ve %1 bu öğede &quot;%3&quot; adımını zaten uyguladı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime; it is now &quot;%2&quot;. Please look at it again.</source>
        <translation>&quot;%1&quot; bu arada başka biri tarafından değiştirildi; şu anki durumu &quot;%2&quot;. Lütfen öğeyi yeniden inceleyin.</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; has no step &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; iş akışında &quot;%2&quot; adımı yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done now: &quot;%2&quot; is &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; şu anda uygulanamaz: &quot;%2&quot; öğesinin durumu &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a comment that says why.</source>
        <translation>&quot;%1&quot; için gerekçeyi belirten bir açıklama gerekir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the field &quot;%2&quot; filled in first.</source>
        <translation>&quot;%1&quot; için önce &quot;%2&quot; alanının doldurulması gerekir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime. Please look at it again.</source>
        <translation>&quot;%1&quot; bu arada başka biri tarafından değiştirildi. Lütfen öğeyi yeniden inceleyin.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; needs a date such as 2026-03-01, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; alanı &quot;%2&quot; değil, 2026-03-01 gibi bir tarih gerektirir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the item&apos;s department, and it has none yet: it must be routed first.</source>
        <translation>&quot;%1&quot; adımını öğenin birimi uygular, ancak öğenin henüz bir birimi yok: önce bir birime yönlendirilmesi gerekir.</translation>
    </message>
    <message>
        <source>%1 may not see item %2: it belongs to another department.</source>
        <translation>%1, %2 numaralı öğeyi göremez: öğe başka bir birime ait.</translation>
    </message>
    <message>
        <source>%1 may not see item %2: it belongs to no department yet.</source>
        <translation>%1, %2 numaralı öğeyi göremez: öğe henüz hiçbir birime ait değil.</translation>
    </message>
</context>
<context>
    <name>WorkflowRegistry</name>
    <message>
        <source>There is no workflow &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adlı bir iş akışı yok.</translation>
    </message>
    <message>
        <source>%1, version %2 (installed)</source>
        <translation>%1, sürüm %2 (yüklü)</translation>
    </message>
    <message>
        <source>Version %1 of the workflow &quot;%2&quot; is not available.</source>
        <translation>&quot;%2&quot; iş akışının %1 sürümü mevcut değil.</translation>
    </message>
    <message>
        <source>install workflow definitions</source>
        <translation>iş akışı tanımı yükleme</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; is at version %2 already; a changed definition needs a higher version number.</source>
        <translation>&quot;%1&quot; iş akışı zaten %2 sürümünde; değiştirilmiş bir tanım için daha yüksek bir sürüm numarası gerekir.</translation>
    </message>
</context>
<context>
    <name>XmlTree</name>
    <message>
        <source>%1 is empty: it holds no XML.</source>
        <translation>%1 boş: XML içermiyor.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Amtsdesk does not read XML of that size.</source>
        <translation>%1, %2 MB&apos;tan büyük; Amtsdesk bu büyüklükteki XML&apos;leri okumaz.</translation>
    </message>
    <message>
        <source>%1 declares entities or an external document type; Amtsdesk does not read such XML, because it could expand without end or read other files.</source>
        <translation>%1, varlık (entity) bildirimleri veya harici bir belge türü içeriyor; Amtsdesk bu tür XML&apos;leri okumaz, çünkü bunlar sınırsızca genişleyebilir veya başka dosyaları okuyabilir.</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>iyi biçimlendirilmiş bir XML değil</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 iyi biçimlendirilmiş bir XML değil (satır %2): %3</translation>
    </message>
    <message>
        <source>%1 has no root element.</source>
        <translation>%1 bir kök öğe içermiyor.</translation>
    </message>
</context>
<context>
    <name>XmpCheck</name>
    <message>
        <source>The PDF has no XMP metadata, so it does not declare itself a ZUGFeRD or Factur-X invoice.</source>
        <translation>PDF&apos;in XMP meta verisi yok; bu nedenle kendini ZUGFeRD veya Factur-X faturası olarak bildirmiyor.</translation>
    </message>
    <message>
        <source>the PDF&apos;s XMP metadata</source>
        <translation>PDF&apos;in XMP meta verisi</translation>
    </message>
    <message>
        <source>The PDF&apos;s XMP metadata cannot be read (%1).</source>
        <translation>PDF&apos;in XMP meta verisi okunamıyor (%1).</translation>
    </message>
    <message>
        <source>The PDF&apos;s XMP metadata has no ZUGFeRD or Factur-X entries (file name, document type, profile).</source>
        <translation>PDF&apos;in XMP meta verisinde ZUGFeRD veya Factur-X bilgisi (dosya adı, belge türü, profil) yok.</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata names the profile &quot;%1&quot;, but the invoice data is %2.</source>
        <translation>PDF&apos;in meta verisi &quot;%1&quot; profilini belirtiyor, ancak fatura verisi %2 profilinde.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata names the file &quot;%1&quot;, but the invoice data is in &quot;%2&quot;.</source>
        <translation>PDF&apos;in meta verisi &quot;%1&quot; dosyasını belirtiyor, ancak fatura verisi &quot;%2&quot; içinde.</translation>
    </message>
    <message>
        <source>The PDF&apos;s metadata says it carries a document of the type &quot;%1&quot;, not an invoice.</source>
        <translation>PDF&apos;in meta verisine göre içinde fatura değil, &quot;%1&quot; türünde bir belge var.</translation>
    </message>
</context>
<context>
    <name>amtsdesk-worker</name>
    <message>
        <source>Reads PDF files for Amtsdesk. Started by Amtsdesk itself, not by people.</source>
        <translation>Amtsdesk için PDF dosyalarını okur. Kişiler tarafından değil, Amtsdesk&apos;in kendisi tarafından başlatılır.</translation>
    </message>
    <message>
        <source>Memory the worker may use for a file, in MB (default 1024).</source>
        <translation>Yardımcı sürecin bir dosya için kullanabileceği bellek, MB cinsinden (varsayılan 1024).</translation>
    </message>
    <message>
        <source>Descriptor of the shared buffer for rendered pages, opened by Amtsdesk.</source>
        <translation>Amtsdesk tarafından açılan, görüntülenen sayfalar için ortak arabelleğin dosya tanımlayıcısı.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::Decimal</name>
    <message>
        <source>%1 decimal places requested, allowed are 0 to %2</source>
        <translation>%1 ondalık basamak istendi; izin verilen aralık 0 ile %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not fit into %4 digits</source>
        <translation>%1 %2 %3 işleminin sonucu %4 basamağa sığmıyor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid decimal number: %2</source>
        <translation>&quot;%1&quot; geçerli bir ondalık sayı değil: %2</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>metin boş</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>%2. konumda beklenmeyen karakter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it contains no digits</source>
        <translation>hiç rakam içermiyor</translation>
    </message>
    <message>
        <source>it has more than %1 significant digits</source>
        <translation>%1 anlamlı basamaktan fazlasını içeriyor</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>%1 ondalık basamaktan fazlasını içeriyor</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero</source>
        <translation>%1 sıfıra bölünemez</translation>
    </message>
    <message>
        <source>%1 with %2 decimal places does not fit into %3 digits</source>
        <translation>%2 ondalık basamaklı %1, %3 basamağa sığmıyor</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::AllocationDialog</name>
    <message>
        <source>Confirm factually correct</source>
        <translation>İçeriği onayla</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, amount due &lt;b&gt;%3&lt;/b&gt;. Assign the amount to cost centres and budget items; several rows split it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (satıcı: %2), ödenecek tutar &lt;b&gt;%3&lt;/b&gt;. Tutarı masraf yerlerine ve bütçe kalemlerine atayın; birden çok satır tutarı böler.</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Masraf yeri</translation>
    </message>
    <message>
        <source>Budget item</source>
        <translation>Bütçe kalemi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Account assignment</source>
        <translation>Hesap ataması</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Satır &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Satırı &amp;kaldır</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Açıklama (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Sum: %1</source>
        <translation>Toplam: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00&quot;&gt;Sum: %1 of %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00&quot;&gt;Toplam: %1 / %2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::AuditLogModel</name>
    <message>
        <source>Store created</source>
        <translation>Veri deposu oluşturuldu</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Kullanıcı oluşturuldu</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rol verildi</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Rol geri alındı</translation>
    </message>
    <message>
        <source>Department created</source>
        <translation>Birim oluşturuldu</translation>
    </message>
    <message>
        <source>Deputy named</source>
        <translation>Vekil atandı</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Erişim reddedildi</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Veri deposu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Yetki</translation>
    </message>
    <message>
        <source>Entry %1, hash %2</source>
        <translation>Girdi %1, hash %2</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 (%2 adına, i.V.)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Nesne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>Birim değiştirildi</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>Vekil</translation>
    </message>
    <message>
        <source>for</source>
        <translation>adına</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>bağlı olduğu birim</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Şema</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>denenen işlem</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Yedek alındı</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Yedekleme başarısız oldu</translation>
    </message>
    <message>
        <source>Scheduled backup changed</source>
        <translation>Zamanlanmış yedekleme değiştirildi</translation>
    </message>
    <message>
        <source>Workflow installed</source>
        <translation>İş akışı yüklendi</translation>
    </message>
    <message>
        <source>Workflow started</source>
        <translation>İş akışı başlatıldı</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>İş akışı adımı</translation>
    </message>
    <message>
        <source>File plan unit created</source>
        <translation>Dosya planı birimi oluşturuldu</translation>
    </message>
    <message>
        <source>File plan unit changed</source>
        <translation>Dosya planı birimi değiştirildi</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Dosya oluşturuldu</translation>
    </message>
    <message>
        <source>File viewed</source>
        <translation>Dosya görüntülendi</translation>
    </message>
    <message>
        <source>File closed</source>
        <translation>Dosya kapatıldı</translation>
    </message>
    <message>
        <source>File re-filed</source>
        <translation>Dosya başka birime taşındı</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Dosya dışa aktarıldı</translation>
    </message>
    <message>
        <source>Destruction requested</source>
        <translation>İmha talep edildi</translation>
    </message>
    <message>
        <source>File destroyed</source>
        <translation>Dosya imha edildi</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Belge eklendi</translation>
    </message>
    <message>
        <source>New version added</source>
        <translation>Yeni sürüm eklendi</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Not eklendi</translation>
    </message>
    <message>
        <source>Resubmission set</source>
        <translation>Takip tarihi ayarlandı</translation>
    </message>
    <message>
        <source>Resubmission done</source>
        <translation>Takip tamamlandı</translation>
    </message>
    <message>
        <source>Invoice received</source>
        <translation>Fatura alındı</translation>
    </message>
    <message>
        <source>Invoice routed</source>
        <translation>Fatura yönlendirildi</translation>
    </message>
    <message>
        <source>Invoice route set</source>
        <translation>Fatura yönlendirmesi ayarlandı</translation>
    </message>
    <message>
        <source>Invoice route removed</source>
        <translation>Fatura yönlendirmesi kaldırıldı</translation>
    </message>
    <message>
        <source>Invoice file plan unit set</source>
        <translation>Faturalar için dosya planı birimi ayarlandı</translation>
    </message>
    <message>
        <source>Invoices exported</source>
        <translation>Faturalar dışa aktarıldı</translation>
    </message>
    <message>
        <source>Sub-project created</source>
        <translation>Alt proje oluşturuldu</translation>
    </message>
    <message>
        <source>Sub-project changed</source>
        <translation>Alt proje değiştirildi</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Durum raporu</translation>
    </message>
    <message>
        <source>Milestone added</source>
        <translation>Kilometre taşı eklendi</translation>
    </message>
    <message>
        <source>Milestone moved</source>
        <translation>Kilometre taşı ertelendi</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Kilometre taşına ulaşıldı</translation>
    </message>
    <message>
        <source>OZG catalogue imported</source>
        <translation>OZG kataloğu içe aktarıldı</translation>
    </message>
    <message>
        <source>Service offered</source>
        <translation>Hizmet sunulmaya başlandı</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Hizmet değiştirildi</translation>
    </message>
    <message>
        <source>Maturity changed</source>
        <translation>Olgunluk düzeyi değiştirildi</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Personel eklendi</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Personel kaydı değiştirildi</translation>
    </message>
    <message>
        <source>Staff member active again</source>
        <translation>Personel yeniden etkin</translation>
    </message>
    <message>
        <source>Staff member left</source>
        <translation>Personel ayrıldı</translation>
    </message>
    <message>
        <source>Course added</source>
        <translation>Kurs eklendi</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Oturum eklendi</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Katılım kaydedildi</translation>
    </message>
    <message>
        <source>Attendance removed</source>
        <translation>Katılım kaldırıldı</translation>
    </message>
    <message>
        <source>Required course added</source>
        <translation>Zorunlu kurs eklendi</translation>
    </message>
    <message>
        <source>Required course removed</source>
        <translation>Zorunlu kurs kaldırıldı</translation>
    </message>
    <message>
        <source>Idea recorded</source>
        <translation>Fikir kaydedildi</translation>
    </message>
    <message>
        <source>Idea decided</source>
        <translation>Fikir hakkında karar verildi</translation>
    </message>
    <message>
        <source>Idea became a sub-project</source>
        <translation>Fikir alt projeye dönüştü</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>İş akışı</translation>
    </message>
    <message>
        <source>File plan unit</source>
        <translation>Dosya planı birimi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Invoice export</source>
        <translation>Fatura dışa aktarımı</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>OZG catalogue</source>
        <translation>OZG kataloğu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>personel</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>trafik ışığı</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapor</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>ilerleme</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>state</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>kilometre taşı</translation>
    </message>
    <message>
        <source>step</source>
        <translation>adım</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vade</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosya</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>iş akışı</translation>
    </message>
    <message>
        <source>version</source>
        <translation>sürüm</translation>
    </message>
    <message>
        <source>course</source>
        <translation>kurs</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>on</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>before</source>
        <translation>önce</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sonra</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>olgunluk</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>status</source>
        <translation>durum</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>saklama</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>planlanan başlangıç</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>planlanan bitiş</translation>
    </message>
    <message>
        <source>forecast start</source>
        <translation>öngörülen başlangıç</translation>
    </message>
    <message>
        <source>forecast end</source>
        <translation>öngörülen bitiş</translation>
    </message>
    <message>
        <source>participating</source>
        <translation>katılan</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>sorumlu</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>bağlı olduğu</translation>
    </message>
    <message>
        <source>budget planned</source>
        <translation>planlanan bütçe</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>harcanan bütçe</translation>
    </message>
    <message>
        <source>area</source>
        <translation>alan</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>yön</translation>
    </message>
    <message>
        <source>case</source>
        <translation>işlem</translation>
    </message>
    <message>
        <source>via</source>
        <translation>üzerinden</translation>
    </message>
    <message>
        <source>routed to</source>
        <translation>yönlendirildiği yer</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>okunabilir</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numara</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>özet değeri</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>hatalar</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>kopyası olduğu</translation>
    </message>
    <message>
        <source>required course</source>
        <translation>zorunlu kurs</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>konu</translation>
    </message>
    <message>
        <source>file plan unit</source>
        <translation>dosya planı birimi</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>gizlilik</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>sunulma tarihi</translation>
    </message>
    <message>
        <source>cost centre</source>
        <translation>masraf yeri</translation>
    </message>
    <message>
        <source>budget item</source>
        <translation>bütçe kalemi</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>hesap dağılımları</translation>
    </message>
    <message>
        <source>sub-project</source>
        <translation>alt proje</translation>
    </message>
    <message>
        <source>kept until</source>
        <translation>saklanacağı tarih</translation>
    </message>
    <message>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>fikir</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>güncellendi</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::AuditLogPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;Every change in the store, newest first. Entries cannot be changed; each carries the hash of the one before it.</source>
        <translation>&lt;h2&gt;Denetim kaydı&lt;/h2&gt;Veri deposundaki her değişiklik, en yenisi en üstte. Girdiler değiştirilemez; her biri kendinden önceki girdinin hash değerini taşır.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Export audit head…</source>
        <translation>Son hash değerini &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Saves the hash of the newest entry, the number of entries and the time in a small file. Keep it away from the store: checked against it, a rewrite of the whole trail shows.</source>
        <translation>En yeni girdinin hash değerini, girdi sayısını ve zamanı küçük bir dosyaya kaydeder. Bu dosyayı veri deposundan ayrı bir yerde saklayın: onunla karşılaştırıldığında tüm denetim kaydının yeniden yazılması ortaya çıkar.</translation>
    </message>
    <message>
        <source>Export audit head</source>
        <translation>Son hash değerini dışa aktar</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>The head of the audit trail (%n entries) is saved in %1. Keep the file away from the store, for example with the backups; &quot;amtsdesk-cli verify --expect-head-file&quot; checks the store against it.</source>
        <translation>
            <numerusform>Denetim kaydının son hash değeri (%n girdi) %1 dosyasına kaydedildi. Dosyayı veri deposundan ayrı bir yerde, örneğin yedeklerle birlikte saklayın; &quot;amtsdesk-cli verify --expect-head-file&quot; veri deposunu bu dosyaya göre denetler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::BackupDialog</name>
    <message>
        <source>Scheduled backup</source>
        <translation>Zamanlanmış yedekleme</translation>
    </message>
    <message>
        <source>empty: no scheduled backup</source>
        <translation>boş: zamanlanmış yedekleme yok</translation>
    </message>
    <message>
        <source>A folder on another disk, writable by everyone who works with Amtsdesk here. Each backup goes into a sub-folder named by its time.</source>
        <translation>Başka bir diskte, burada Amtsdesk ile çalışan herkesin yazabildiği bir klasör. Her yedek, zamanına göre adlandırılan bir alt klasöre yazılır.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Birkaç saatte bir</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>Older backups are removed only after a new one was written and verified.</source>
        <translation>Eski yedekler ancak yeni bir yedek yazılıp doğrulandıktan sonra kaldırılır.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Klasör:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Sıklık:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Aralık:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Saklanacak &amp;en yeni yedek sayısı:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CaseListModel</name>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CatalogueImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Reddedilme nedeni</translation>
    </message>
    <message>
        <source>OZG catalogue imported</source>
        <translation>OZG kataloğu içe aktarıldı</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 eklendi, %3 güncellendi, %4 değişmedi, %5 reddedildi.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Reddedilen satırlar</translation>
    </message>
    <message>
        <source>Rows not imported (the file is left as it is; correct them and import again):</source>
        <translation>İçe aktarılmayan satırlar (dosya olduğu gibi bırakıldı; satırları düzeltip yeniden içe aktarın):</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::CoursesPanel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Eğitmen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation>&amp;Kurs ekle…</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>&amp;Oturum ekle…</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurslar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <source>Staff of department</source>
        <translation>Birim personeli</translation>
    </message>
    <message>
        <source>Staff of:</source>
        <translation>Şu birimin personeli:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions&lt;/b&gt; of the course</source>
        <translation>Kursun &lt;b&gt;oturumları&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kurslar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt;: choose or add a session.</source>
        <translation>&lt;b&gt;Katılım&lt;/b&gt;: bir oturum seçin veya ekleyin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt;: choose a course.</source>
        <translation>&lt;b&gt;Katılım&lt;/b&gt;: bir kurs seçin.</translation>
    </message>
    <message>
        <source>took the course on %1</source>
        <translation>kursu %1 tarihinde aldı</translation>
    </message>
    <message>
        <source>No longer works here</source>
        <translation>Artık burada çalışmıyor</translation>
    </message>
    <message>
        <source>Recorded by the programme manager or the officer of department %1</source>
        <translation>Program yöneticisi veya %1 biriminin dijitalleşme sorumlusu tarafından kaydedilir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; of %1 on %2: tick who took part.</source>
        <translation>%1 kursunun %2 tarihli oturumuna &lt;b&gt;katılım&lt;/b&gt;: katılanları işaretleyin.</translation>
    </message>
    <message>
        <source>No staff in this department&apos;s directory.</source>
        <translation>Bu birimin personel listesinde kimse yok.</translation>
    </message>
    <message>
        <source>%1 attended %2 on %3.</source>
        <translation>%1, %3 tarihinde %2 kursuna katıldı.</translation>
    </message>
    <message>
        <source>%1 no longer recorded for %2 on %3.</source>
        <translation>%1 artık %2 kursunun %3 tarihli oturumuna katılmış olarak kayıtlı değil.</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Kurs ekle</translation>
    </message>
    <message>
        <source>Course %1 added.</source>
        <translation>%1 kursu eklendi.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Oturum ekle</translation>
    </message>
    <message>
        <source>Session of %1 on %2 added.</source>
        <translation>%1 kursunun %2 tarihli oturumu eklendi.</translation>
    </message>
    <message>
        <source>e.g. EAKTE-2</source>
        <translation>ör. EAKTE-2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>%1 kursunun oturumu</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Yer:</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Eğitmen:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Kontenjan:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DisposalPage</name>
    <message>
        <source>&amp;Request destruction…</source>
        <translation>İmha &amp;talep et…</translation>
    </message>
    <message>
        <source>&amp;Approve destruction…</source>
        <translation>İmhayı &amp;onayla…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Disposal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ayıklama&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Closed files of your departments whose retention period has ended. Destroying a file (Kassation) removes its cases, documents and notes for good; it needs a request and the approval of a signatory of the department who did not ask for it. The audit trail keeps which file was destroyed, by whom and on whose request.</source>
        <translation>Birimlerinizin saklama süresi dolmuş kapalı dosyaları. Bir dosyanın imhası (Kassation), işlemlerini, belgelerini ve notlarını kalıcı olarak siler; bir talep ve talebi yapmamış, birimin imza yetkilisi bir kişinin onayını gerektirir. Denetim kaydı, hangi dosyanın kim tarafından, kimin talebiyle imha edildiğini saklar.</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Dosya numarası</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Saklama bitişi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>İmha</translation>
    </message>
    <message>
        <source>Files past their retention period</source>
        <translation>Saklama süresi dolmuş dosyalar</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>asked for by %1: awaits approval</source>
        <translation>%1 tarafından talep edildi: onay bekliyor</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>talep edilmedi</translation>
    </message>
    <message>
        <source>No file of your departments is past its retention period.</source>
        <translation>Birimlerinizin hiçbir dosyasının saklama süresi dolmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the retention period</source>
        <translation>
            <numerusform>Saklama süresi dolmuş %n dosya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval.</source>
        <translation>
            <numerusform>%n tanesi onay bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request destruction</source>
        <translation>İmha talep et</translation>
    </message>
    <message numerus="yes">
        <source>Ask for the destruction of %1 &quot;%2&quot; (%n document(s))? A signatory of the department decides.</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; (%n belge) için imha talep edilsin mi? Kararı birimin imza yetkilisi verir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction not requested</source>
        <translation>İmha talep edilmedi</translation>
    </message>
    <message>
        <source>The destruction of %1 is asked for; it awaits approval.</source>
        <translation>%1 için imha talep edildi; onay bekliyor.</translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation>İmhayı onayla</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %1 &quot;%2&quot; now, as %3 asked? Its cases and %n document(s) are removed for good; this cannot be undone.</source>
        <translation>
            <numerusform>%1 &quot;%2&quot;, %3 tarafından talep edildiği gibi şimdi imha edilsin mi? İşlemleri ve %n belgesi kalıcı olarak silinir; bu geri alınamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>File not destroyed</source>
        <translation>Dosya imha edilmedi</translation>
    </message>
    <message>
        <source>%1 was destroyed.</source>
        <translation>%1 imha edildi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) past the retention period; the %1 longest expired are listed.</source>
        <translation>
            <numerusform>%n dosyanın saklama süresi doldu; süresi en uzun zamandır dolmuş %1 dosya listelenmiştir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DocumentListModel</name>
    <message>
        <source>searchable</source>
        <translation>aranabilir</translation>
    </message>
    <message>
        <source>being read</source>
        <translation>okunuyor</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>parola korumalı</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>metin yok</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>gelen</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>giden</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>dahili</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Yön</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İşlem</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::DocumentWindow</name>
    <message>
        <source>%1 – Amtsdesk</source>
        <translation>%1 – Amtsdesk</translation>
    </message>
    <message>
        <source>Document – Amtsdesk</source>
        <translation>Belge – Amtsdesk</translation>
    </message>
    <message>
        <source>This document cannot be previewed here; open it in the program of this computer.</source>
        <translation>Bu belge burada önizlenemiyor; bu bilgisayardaki ilgili programla açın.</translation>
    </message>
    <message>
        <source>This document cannot be previewed: %1</source>
        <translation>Bu belge önizlenemiyor: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> / %1 </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Yakınlaştırma</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sayfa genişliği</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tam sayfa</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Sola döndür</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Sağa döndür</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Belgede bul</translation>
    </message>
    <message>
        <source>Copy page text</source>
        <translation>Sayfa metnini kopyala</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Open in program</source>
        <translation>Programda aç</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the text of this document.</source>
        <translation>&quot;%1&quot; bu belgenin metninde geçmiyor.</translation>
    </message>
    <message>
        <source>Found on page %1.</source>
        <translation>%1. sayfada bulundu.</translation>
    </message>
    <message>
        <source>This page has no text to copy.</source>
        <translation>Bu sayfada kopyalanacak metin yok.</translation>
    </message>
    <message>
        <source>The text of page %1 is on the clipboard.</source>
        <translation>%1. sayfanın metni panoya kopyalandı.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Yazdırılmadı</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Yazdırıldı.</translation>
    </message>
    <message>
        <source>Document not opened</source>
        <translation>Belge açılmadı</translation>
    </message>
    <message>
        <source>%1 could not be handed to a program of this computer.</source>
        <translation>%1 bu bilgisayardaki bir programa aktarılamadı.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Parola gir…</translation>
    </message>
    <message>
        <source>Password-protected document</source>
        <translation>Parola korumalı belge</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 için parola:</translation>
    </message>
    <message>
        <source>The text of %1 is now searchable.</source>
        <translation>%1 metni artık aranabilir.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::EFilePage</name>
    <message>
        <source>&amp;New file…</source>
        <translation>Ye&amp;ni dosya…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Yeni işle&amp;m…</translation>
    </message>
    <message>
        <source>Close file (&amp;zdA)…</source>
        <translation>Dosyayı kapat (&amp;zdA)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dışa a&amp;ktar…</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Belge ekle…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>N&amp;ot…</translation>
    </message>
    <message>
        <source>&amp;Resubmission…</source>
        <translation>&amp;Takip…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>İşlemin belgeleri</translation>
    </message>
    <message>
        <source>Drop files here to add them to the case</source>
        <translation>İşleme eklemek için dosyaları buraya bırakın</translation>
    </message>
    <message>
        <source>Choose a unit of the file plan or a file on the left.</source>
        <translation>Soldan bir dosya planı birimi ya da bir dosya seçin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;Department %3 · retention %4</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;Birim %3 · saklama süresi %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n yıl</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>süresiz</translation>
    </message>
    <message>
        <source>closed (zdA) on %1, kept until %2</source>
        <translation>%1 tarihinde kapatıldı (zdA), saklama süresi sonu: %2</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>yok (süresiz saklanır)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>File %1 created.</source>
        <translation>%1 dosyası oluşturuldu.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>%n belge ekleniyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Belgeler eklenmedi</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Belgeler eklendi</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Tamamlanıyor…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Not eklendi.</translation>
    </message>
    <message>
        <source>Resubmission on %1 set.</source>
        <translation>Takip tarihi %1 olarak ayarlandı.</translation>
    </message>
    <message>
        <source>File not created</source>
        <translation>Dosya oluşturulmadı</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yeni işlem</translation>
    </message>
    <message>
        <source>Subject of the case:</source>
        <translation>İşlemin konusu:</translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation>İşlem oluşturulmadı</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Belge ekle</translation>
    </message>
    <message>
        <source>Note on the case</source>
        <translation>İşleme not ekle</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Not eklenmedi</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>Resubmission not set</source>
        <translation>Takip ayarlanmadı</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Dosyayı kapat</translation>
    </message>
    <message>
        <source>Close the file (zdA)? Its retention period starts, and it cannot be changed any more.</source>
        <translation>Dosya kapatılsın mı (zdA)? Saklama süresi başlar ve dosya artık değiştirilemez.</translation>
    </message>
    <message>
        <source>File not closed</source>
        <translation>Dosya kapatılmadı</translation>
    </message>
    <message>
        <source>Export into an empty folder</source>
        <translation>Boş bir klasöre dışa aktar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>Exported %1 documents to %2.</source>
        <translation>%1 belge %2 konumuna dışa aktarıldı.</translation>
    </message>
    <message>
        <source>&amp;Scanner folder…</source>
        <translation>&amp;Tarayıcı klasörü…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>İzlemeyi durdur</translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation>Tarayıcı klasörü: %1</translation>
    </message>
    <message>
        <source>Scanner folder no longer watched</source>
        <translation>Tarayıcı klasörü artık izlenmiyor</translation>
    </message>
    <message>
        <source>%1, case %2 &quot;%3&quot;</source>
        <translation>%1, işlem %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Files that arrive in the scanner folder %1 are added to %2; they move to its folders imported and failed.</source>
        <translation>%1 tarayıcı klasörüne gelen dosyalar %2 içine eklenir; ardından klasörün imported ve failed alt klasörlerine taşınır.</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Son: %1</translation>
    </message>
    <message>
        <source>Scanner folder for this case</source>
        <translation>Bu işlem için tarayıcı klasörü</translation>
    </message>
    <message>
        <source>Scanner folder not watched</source>
        <translation>Tarayıcı klasörü izlenmiyor</translation>
    </message>
    <message>
        <source>%1 cannot be watched.</source>
        <translation>%1 izlenemiyor.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; each document&apos;s Text column says how it went.</source>
        <translation>
            <numerusform>… ve %n tane daha; her belgenin Metin sütunu sonucu gösterir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;File plan %3 · department %4 · confidentiality %5 · %6</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Dosya planı %3 · birim %4 · gizlilik %5 · %6</translation>
    </message>
    <message>
        <source>Cases of the file</source>
        <translation>Dosyanın işlemleri</translation>
    </message>
    <message>
        <source>&lt;h2&gt;All files&lt;/h2&gt;The cases and documents of every file you may see.</source>
        <translation>&lt;h2&gt;Tüm dosyalar&lt;/h2&gt;Görmeye yetkili olduğunuz tüm dosyaların işlemleri ve belgeleri.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::FilePlanModel</name>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>The cases and documents of every file you may see</source>
        <translation>Görmeye yetkili olduğunuz tüm dosyaların işlemleri ve belgeleri</translation>
    </message>
    <message>
        <source>(zdA)</source>
        <translation>(zdA)</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Dosya planı</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::FilePlanTree</name>
    <message>
        <source>File plan and files</source>
        <translation>Dosya planı ve dosyalar</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::IdeasPanel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Sunulma tarihi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Öneren</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Fikir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>&amp;Record idea…</source>
        <translation>Fikir &amp;kaydet…</translation>
    </message>
    <message>
        <source>Under re&amp;view</source>
        <translation>İncelemeye a&amp;l</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>Kabul e&amp;t</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Reddet…</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Fikirler</translation>
    </message>
    <message>
        <source>Decline idea</source>
        <translation>Fikri reddet</translation>
    </message>
    <message>
        <source>Why is it declined?</source>
        <translation>Neden reddediliyor?</translation>
    </message>
    <message>
        <source>Record idea</source>
        <translation>Fikir kaydet</translation>
    </message>
    <message>
        <source>the whole district</source>
        <translation>tüm ilçe</translation>
    </message>
    <message>
        <source>Idea:</source>
        <translation>Fikir:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Brought by:</source>
        <translation>Öneren:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Birim:</translation>
    </message>
    <message>
        <source>Idea “%1” recorded.</source>
        <translation>“%1” fikri kaydedildi.</translation>
    </message>
    <message>
        <source>Decide on idea</source>
        <translation>Fikir hakkında karar ver</translation>
    </message>
    <message>
        <source>Idea “%1”: %2.</source>
        <translation>“%1” fikri: %2.</translation>
    </message>
    <message>
        <source>&amp;Turn into sub-project…</source>
        <translation>&amp;Alt projeye dönüştür…</translation>
    </message>
    <message>
        <source>A new sub-project filled in from the adopted idea; it remembers where it came from</source>
        <translation>Kabul edilen fikirden doldurulan yeni bir alt proje; hangi fikirden geldiği kaydedilir</translation>
    </message>
    <message>
        <source>Suggestions from the consultation hours, the innovation team and the staff and citizens&apos; workshops. The programme manager or the department&apos;s digitalisation officer decides on them; an adopted idea becomes a sub-project.</source>
        <translation>Danışma saatlerinden, inovasyon ekibinden ve personel ile vatandaş çalıştaylarından gelen öneriler. Bunlar hakkında program yöneticisi veya birimin dijitalleşme sorumlusu karar verir; kabul edilen bir fikir alt projeye dönüşür.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceInboxModel</name>
    <message>
        <source>%1 (Skonto)</source>
        <translation>%1 (Skonto)</translation>
    </message>
    <message>
        <source>Central intake</source>
        <translation>Merkezi kabul</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>okunamıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n hata</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate?</source>
        <translation>mükerrer mi?</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geçerli</translation>
    </message>
    <message>
        <source>No due date given: 30 days after the invoice date (§ 286 BGB)</source>
        <translation>Vade tarihi belirtilmemiş: fatura tarihinden 30 gün sonra (§ 286 BGB)</translation>
    </message>
    <message>
        <source>Due date from the invoice (BT-9)</source>
        <translation>Faturadaki vade tarihi (BT-9)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Fatura no.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Satıcı</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Ödenecek tutar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceInboxPage</name>
    <message>
        <source>Show &amp;invoice</source>
        <translation>&amp;Faturayı göster</translation>
    </message>
    <message>
        <source>R&amp;oute to…</source>
        <translation>&amp;Yönlendir…</translation>
    </message>
    <message>
        <source>Rejection &amp;notice…</source>
        <translation>&amp;Ret yazısı…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice inbox&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gelen Faturalar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe &amp;aktar…</translation>
    </message>
    <message>
        <source>Takes XRechnung files and ZUGFeRD / Factur-X PDFs in; you can also drop them here</source>
        <translation>XRechnung dosyalarını ve ZUGFeRD / Factur-X PDF&apos;lerini içe aktarır; bunları buraya sürükleyip de bırakabilirsiniz</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Klasörü izle…</translation>
    </message>
    <message>
        <source>Takes in every e-invoice that arrives in a folder (from an e-mail gateway or the invoice portal), while Amtsdesk runs</source>
        <translation>Amtsdesk çalıştığı sürece bir klasöre (e-posta ağ geçidinden veya fatura portalından) gelen her e-faturayı alır</translation>
    </message>
    <message>
        <source>&amp;Hand over to finance…</source>
        <translation>&amp;Muhasebeye aktar…</translation>
    </message>
    <message>
        <source>Writes every invoice whose payment was ordered as a CSV with the original files into the finance software&apos;s folder, and files them in the e-file</source>
        <translation>Ödeme talimatı verilmiş her faturayı orijinal dosyalarıyla birlikte CSV olarak muhasebe yazılımının klasörüne yazar ve e-dosyada dosyalar</translation>
    </message>
    <message>
        <source>&amp;Leitweg-IDs…</source>
        <translation>&amp;Leitweg-ID&apos;leri…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <source>Central intake queue</source>
        <translation>Merkezi kabul kuyruğu</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Tüm vade tarihleri</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vadesi geçmiş</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 gün içinde vadesi dolan</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30 gün içinde vadesi dolan</translation>
    </message>
    <message>
        <source>Valid and not valid</source>
        <translation>Geçerli ve geçersiz</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <source>Not valid or unreadable</source>
        <translation>Geçersiz veya okunamayan</translation>
    </message>
    <message>
        <source>Number, seller, Leitweg-ID…</source>
        <translation>Numara, satıcı, Leitweg-ID…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Faturalarda ara</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturalar</translation>
    </message>
    <message>
        <source>The selected invoice</source>
        <translation>Seçili fatura</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Adımlar:</translation>
    </message>
    <message>
        <source>Folder of arriving e-invoices</source>
        <translation>Gelen e-faturaların klasörü</translation>
    </message>
    <message>
        <source>Show invoice</source>
        <translation>Faturayı göster</translation>
    </message>
    <message>
        <source>Save rejection notice</source>
        <translation>Ret yazısını kaydet</translation>
    </message>
    <message>
        <source>Rejection %1.pdf</source>
        <translation>Ret %1.pdf</translation>
    </message>
    <message>
        <source>Rejection notice saved: %1</source>
        <translation>Ret yazısı kaydedildi: %1</translation>
    </message>
    <message>
        <source>The invoice folder is no longer watched.</source>
        <translation>Fatura klasörü artık izlenmiyor.</translation>
    </message>
    <message>
        <source>Invoice folder</source>
        <translation>Fatura klasörü</translation>
    </message>
    <message>
        <source>Invoice folder no longer watched</source>
        <translation>Fatura klasörü artık izlenmiyor</translation>
    </message>
    <message>
        <source>Stop watching %1</source>
        <translation>%1 klasörünü izlemeyi durdur</translation>
    </message>
    <message>
        <source>Watching %1 for e-invoices.</source>
        <translation>%1 e-faturalar için izleniyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n fatura</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No invoice here. Drop XRechnung files or ZUGFeRD PDFs on this page, or use &lt;i&gt;Import…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Burada fatura yok. XRechnung dosyalarını veya ZUGFeRD PDF&apos;lerini bu sayfaya bırakın ya da &lt;i&gt;İçe aktar…&lt;/i&gt; düğmesini kullanın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an invoice to see it and its steps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bir faturayı ve adımlarını görmek için faturayı seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invoice %1 – %2</source>
        <translation>Fatura %1 – %2</translation>
    </message>
    <message>
        <source>Not readable as an e-invoice:</source>
        <translation>E-fatura olarak okunamıyor:</translation>
    </message>
    <message>
        <source>Possible duplicate:</source>
        <translation>Olası mükerrer kayıt:</translation>
    </message>
    <message>
        <source>central intake queue</source>
        <translation>merkezi kabul kuyruğu</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fatura tarihi</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Ödenecek tutar</translation>
    </message>
    <message>
        <source> (none given: 30 days after the invoice date)</source>
        <translation> (belirtilmemiş: fatura tarihinden 30 gün sonra)</translation>
    </message>
    <message>
        <source>Skonto</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>%1 % = %2 until %3</source>
        <translation>%1 % = %2, son tarih %3</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1, %2 tarafından (%3)</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <source>cost centre %1, budget item %2: %3</source>
        <translation>masraf yeri %1, bütçe kalemi %2: %3</translation>
    </message>
    <message>
        <source>Arithmetic check</source>
        <translation>Hesap kontrolü</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Recalculated</source>
        <translation>Yeniden hesaplanan</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>farklı</translation>
    </message>
    <message>
        <source>Findings (%1 errors, %2 warnings)</source>
        <translation>Bulgular (%1 hata, %2 uyarı)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation>Adım uygulanamadı</translation>
    </message>
    <message>
        <source>Invoice %1: now &quot;%2&quot;.</source>
        <translation>Fatura %1: artık &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Invoice rejected</source>
        <translation>Fatura reddedildi</translation>
    </message>
    <message>
        <source>Save the rejection notice for the seller as a PDF now?</source>
        <translation>Satıcı için ret yazısı şimdi PDF olarak kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Route invoice</source>
        <translation>Faturayı yönlendir</translation>
    </message>
    <message>
        <source>Department that ordered:</source>
        <translation>Siparişi veren birim:</translation>
    </message>
    <message>
        <source>Import e-invoices</source>
        <translation>E-faturaları içe aktar</translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-faturalar (*.xml *.pdf);;Tüm dosyalar (*)</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n invoice(s)…</source>
        <translation>
            <numerusform>%n fatura alınıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <source>Folder of the finance software</source>
        <translation>Muhasebe yazılımının klasörü</translation>
    </message>
    <message>
        <source>Hand over to finance</source>
        <translation>Muhasebeye aktar</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) handed over in %1.</source>
        <translation>
            <numerusform>%n fatura aktarıldı (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed in the e-file yet:</source>
        <translation>Henüz e-dosyada dosyalanmamış:</translation>
    </message>
    <message>
        <source>All are filed in the e-file.</source>
        <translation>Tümü e-dosyada dosyalandı.</translation>
    </message>
    <message>
        <source>PDF/A (*.pdf);;Text (*.txt)</source>
        <translation>PDF/A (*.pdf);;Metin (*.txt)</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Şimdiye kadarki adımlar</translation>
    </message>
    <message>
        <source>%1 i.V. %2</source>
        <translation>%1 (%2 adına, i.V.)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No invoice is waiting to be handed over: none has its payment ordered and unexported.</source>
        <translation>Aktarılmayı bekleyen fatura yok: ödeme talimatı verilmiş ve henüz dışa aktarılmamış fatura bulunmuyor.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::InvoiceWindow</name>
    <message>
        <source>attachment-%1</source>
        <translation>ek-%1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Save as PDF/&amp;A…</source>
        <translation>PDF/&amp;A olarak kaydet…</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Ek %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Ekler (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Yazdırıldı.</translation>
    </message>
    <message>
        <source>Save as PDF/A</source>
        <translation>PDF/A olarak kaydet</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Eki kaydet</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::LeitwegDialog</name>
    <message>
        <source>Leitweg-IDs</source>
        <translation>Leitweg-ID&apos;leri</translation>
    </message>
    <message>
        <source>Invoices are routed by their Leitweg-ID (BT-10) to the department that ordered; invoices with an unknown one wait in the central intake queue.</source>
        <translation>Faturalar, Leitweg-ID&apos;lerine (BT-10) göre siparişi veren birime yönlendirilir; Leitweg-ID&apos;si bilinmeyen faturalar merkezi kabul kuyruğunda bekler.</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>e.g. 05315-12345-67</source>
        <translation>ör. 05315-12345-67</translation>
    </message>
    <message>
        <source>&amp;Save route</source>
        <translation>Yönlendirmeyi &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Seçileni &amp;kaldır</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::MainWindow</name>
    <message>
        <source>Amtsdesk</source>
        <translation>Amtsdesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Alanlar</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 olarak oturum açıldı</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Demo veri deposu: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>You, your roles and the store</source>
        <translation>Siz, rolleriniz ve veri deposu</translation>
    </message>
    <message>
        <source>E-Files</source>
        <translation>E-Dosya</translation>
    </message>
    <message>
        <source>Invoice Inbox</source>
        <translation>Gelen Faturalar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Departments, users and their roles</source>
        <translation>Birimler, kullanıcılar ve rolleri</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Denetim Kaydı</translation>
    </message>
    <message>
        <source>Every change in the store</source>
        <translation>Veri deposundaki her değişiklik</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Check store</source>
        <translation>Veri deposunu &amp;denetle</translation>
    </message>
    <message>
        <source>Checks the database, the audit trail and every document&apos;s hash</source>
        <translation>Veritabanını, denetim kaydını ve her belgenin hash değerini denetler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Amtsdesk</source>
        <translation>&amp;Amtsdesk hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>About Amtsdesk</source>
        <translation>Amtsdesk hakkında</translation>
    </message>
    <message>
        <source>Amtsdesk %1

E-files, e-invoices and the digitalisation programme of a district office.

Licence: GNU General Public License, version 3 or later. Built with Qt %2.

Store: %3</source>
        <translation>Amtsdesk %1

Bir ilçe idaresinin e-dosyaları, e-faturaları ve dijitalleşme programı.

Lisans: GNU General Public License, sürüm 3 veya sonrası. Qt %2 ile derlendi.

Veri deposu: %3</translation>
    </message>
    <message>
        <source>What waits for you, also as deputy</source>
        <translation>Vekil olarak bekleyenler de dahil, sizi bekleyenler</translation>
    </message>
    <message>
        <source>Process Figures</source>
        <translation>Süreç Göstergeleri</translation>
    </message>
    <message>
        <source>Where the processes wait: time per state and month</source>
        <translation>Süreçlerin nerede beklediği: durum ve ay başına süre</translation>
    </message>
    <message>
        <source>&amp;Install workflow definition…</source>
        <translation>İş akışı &amp;tanımı yükle…</translation>
    </message>
    <message>
        <source>Installs a changed workflow (JSON) as the new version of its workflow</source>
        <translation>Değiştirilmiş bir iş akışını (JSON) o iş akışının yeni sürümü olarak yükler</translation>
    </message>
    <message>
        <source>Install workflow definition</source>
        <translation>İş akışı tanımı yükle</translation>
    </message>
    <message>
        <source>Workflow definitions (*.json)</source>
        <translation>İş akışı tanımları (*.json)</translation>
    </message>
    <message>
        <source>Workflow not installed</source>
        <translation>İş akışı yüklenmedi</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Workflow installed</source>
        <translation>İş akışı yüklendi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is installed as version %2. Items already under way keep the version they started under.</source>
        <translation>“%1” %2 sürümü olarak yüklendi. Devam eden öğeler başladıkları sürümü korur.</translation>
    </message>
    <message>
        <source>File plan, files, cases and documents</source>
        <translation>Dosya planı, dosyalar, işlemler ve belgeler</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Full-text search in the documents you may read</source>
        <translation>Okuma yetkiniz olan belgelerde tam metin arama</translation>
    </message>
    <message>
        <source>Import file &amp;plan…</source>
        <translation>Dosya &amp;planını içe aktar…</translation>
    </message>
    <message>
        <source>Reads a file plan from CSV: key, title, parent, department, retention_years</source>
        <translation>CSV&apos;den dosya planı okur: key, title, parent, department, retention_years</translation>
    </message>
    <message>
        <source>E&amp;xport file plan…</source>
        <translation>Dosya planını dışa akta&amp;r…</translation>
    </message>
    <message>
        <source>Import file plan</source>
        <translation>Dosya planını içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>File plan not imported</source>
        <translation>Dosya planı içe aktarılmadı</translation>
    </message>
    <message>
        <source>Nothing was changed, because:
%1</source>
        <translation>Hiçbir şey değiştirilmedi, çünkü:
%1</translation>
    </message>
    <message>
        <source>File plan imported</source>
        <translation>Dosya planı içe aktarıldı</translation>
    </message>
    <message>
        <source>%1 units added, %2 changed.</source>
        <translation>%1 birim eklendi, %2 değiştirildi.</translation>
    </message>
    <message>
        <source>Export file plan</source>
        <translation>Dosya planını dışa aktar</translation>
    </message>
    <message>
        <source>File plan not exported</source>
        <translation>Dosya planı dışa aktarılmadı</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>File plan written to %1.</source>
        <translation>Dosya planı %1 konumuna yazıldı.</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Ayıklama</translation>
    </message>
    <message>
        <source>Closed files past their retention period: destruction with a second person&apos;s approval</source>
        <translation>Saklama süresi dolmuş kapalı dosyalar: ikinci bir kişinin onayıyla imha</translation>
    </message>
    <message>
        <source>Open e-invoice</source>
        <translation>E-fatura aç</translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.pdf);;All files (*)</source>
        <translation>E-faturalar (*.xml *.pdf);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open &amp;e-invoice…</source>
        <translation>&amp;E-fatura aç…</translation>
    </message>
    <message>
        <source>Shows an XRechnung or a ZUGFeRD / Factur-X PDF for reading, with its check</source>
        <translation>Bir XRechnung&apos;u veya ZUGFeRD / Factur-X PDF&apos;ini denetimiyle birlikte okumak için gösterir</translation>
    </message>
    <message>
        <source>Incoming e-invoices: check, approve with four eyes, hand over to finance</source>
        <translation>Gelen e-faturalar: kontrol et, dört göz ilkesiyle onayla, muhasebe yazılımına aktar</translation>
    </message>
    <message>
        <source>Sub-projects, OZG services, training and ideas of the digitalisation programme, and its status report</source>
        <translation>Dijitalleşme programının alt projeleri, OZG hizmetleri, eğitimleri, fikirleri ve durum raporu</translation>
    </message>
    <message>
        <source>Making the scheduled backup…</source>
        <translation>Zamanlanmış yedek alınıyor…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Yedek yazıldı ve doğrulandı: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Yedekleme başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::MaturityEdit</name>
    <message>
        <source>Maturity model</source>
        <translation>Olgunluk modeli</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Olgunluk düzeyi</translation>
    </message>
    <message>
        <source>level </source>
        <translation>düzey </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::NewFileDialog</name>
    <message>
        <source>New file</source>
        <translation>Yeni dosya</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Higher levels (Vertraulich and above) belong in approved systems, not in Amtsdesk.</source>
        <translation>Daha yüksek gizlilik düzeyleri (Vertraulich ve üstü) Amtsdesk&apos;e değil, onaylanmış sistemlere aittir.</translation>
    </message>
    <message>
        <source>File plan unit:</source>
        <translation>Dosya planı birimi:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Gizlilik düzeyi:</translation>
    </message>
    <message>
        <source>Create file</source>
        <translation>Dosya oluştur</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date</source>
        <translation>Tarih girmek için işaretleyin</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::PdfView</name>
    <message>
        <source>This page cannot be previewed: %1</source>
        <translation>Bu sayfa önizlenemiyor: %1</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::PeoplePage</name>
    <message>
        <source>&lt;h2&gt;People and departments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kişiler ve birimler&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProcessFiguresPage</name>
    <message>
        <source>&lt;h2&gt;Process figures&lt;/h2&gt;How long items wait in each state of a workflow, from the workflow history: per month, the number of items that left a state, and the median and 90th percentile of the hours they spent in it.</source>
        <translation>&lt;h2&gt;Süreç göstergeleri&lt;/h2&gt;Öğelerin bir iş akışının her durumunda ne kadar beklediği, iş akışı geçmişine göre: her ay için bir durumdan çıkan öğe sayısı ile bu öğelerin o durumda geçirdiği saatlerin medyanı ve 90. yüzdeliği.</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Tüm iş akışları</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>İş akışı</translation>
    </message>
    <message>
        <source>Month for the chart</source>
        <translation>Grafik için ay</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV olarak dışa &amp;aktar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Öğe sayısı</translation>
    </message>
    <message>
        <source>Median (h)</source>
        <translation>Medyan (sa)</translation>
    </message>
    <message>
        <source>90th percentile (h)</source>
        <translation>90. yüzdelik (sa)</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>İş akışı:</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Grafik için:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Hesaplanıyor…</translation>
    </message>
    <message>
        <source>No item has left a state yet: there is nothing to measure.</source>
        <translation>Henüz hiçbir öğe bir durumdan çıkmadı: ölçülecek bir şey yok.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Henüz gösterge yok</translation>
    </message>
    <message>
        <source>Hours spent per state, %1</source>
        <translation>Durum başına geçen saat, %1</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>Export process figures</source>
        <translation>Süreç göstergelerini dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Milestones of the programme</source>
        <translation>Programın kilometre taşları</translation>
    </message>
    <message>
        <source>No milestone has fallen due yet.</source>
        <translation>Henüz son tarihi gelmiş kilometre taşı yok.</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Son tarih ayı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarihi gelen</translation>
    </message>
    <message>
        <source>Reached on time</source>
        <translation>Zamanında ulaşılan</translation>
    </message>
    <message>
        <source>Reached late</source>
        <translation>Geç ulaşılan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Median delay (days)</source>
        <translation>Medyan gecikme (gün)</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>Henüz kilometre taşı yok</translation>
    </message>
    <message>
        <source>Milestones by the month they were due</source>
        <translation>Son tarihlerinin düştüğü aya göre kilometre taşları</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>kilometre taşları</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProgrammeDashboard</name>
    <message>
        <source>Programme dashboard</source>
        <translation>Program panosu</translation>
    </message>
    <message>
        <source>Nothing to show yet: the scope has no sub-projects, services or training.</source>
        <translation>Henüz gösterilecek bir şey yok: bu kapsamda alt proje, hizmet veya eğitim yok.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ProgrammePage</name>
    <message>
        <source>Whole programme</source>
        <translation>Tüm program</translation>
    </message>
    <message>
        <source>Report scope</source>
        <translation>Rapor kapsamı</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Rapor tarihi</translation>
    </message>
    <message>
        <source>Status report as &amp;PDF…</source>
        <translation>Durum raporunu &amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Status report as &amp;HTML…</source>
        <translation>Durum raporunu &amp;HTML olarak kaydet…</translation>
    </message>
    <message>
        <source>The status report / newsletter for the day and scope chosen: charts, each sub-project&apos;s latest status, milestones, services that went online, training figures</source>
        <translation>Seçilen gün ve kapsam için durum raporu / bülten: grafikler, her alt projenin son durumu, kilometre taşları, yayına alınan hizmetler, eğitim rakamları</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Kapsam:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Gün:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Genel &amp;bakış</translation>
    </message>
    <message>
        <source>&amp;Sub-projects</source>
        <translation>&amp;Alt projeler</translation>
    </message>
    <message>
        <source>OZG s&amp;ervices</source>
        <translation>&amp;OZG hizmetleri</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Eğitim</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Fikirler</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Digitalisation programme&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dijitalleşme programı&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation>Veriler toplanıyor…</translation>
    </message>
    <message>
        <source>The programme cannot be read: %1</source>
        <translation>Program okunamıyor: %1</translation>
    </message>
    <message>
        <source>%1 · %2 sub-projects, %3 services</source>
        <translation>%1 · %2 alt proje, %3 hizmet</translation>
    </message>
    <message>
        <source>Save status report</source>
        <translation>Durum raporunu kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML dosyaları (*.html *.htm)</translation>
    </message>
    <message>
        <source>Status report saved: %1</source>
        <translation>Durum raporu kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::RecordListsPanel</name>
    <message>
        <source>Cases</source>
        <translation>İşlemler</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Double-click a case to open its file</source>
        <translation>Dosyasını açmak için bir işleme çift tıklayın</translation>
    </message>
    <message>
        <source>Double-click a document to open it</source>
        <translation>Açmak için bir belgeye çift tıklayın</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;İşlemler</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Belgeler</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln işlem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln belge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::RequirementsPanel</name>
    <message>
        <source>everyone with the role &quot;%1&quot;</source>
        <translation>&quot;%1&quot; rolüne sahip herkes</translation>
    </message>
    <message>
        <source>the staff of department %1</source>
        <translation>%1 biriminin personeli</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Zorunlu olduğu kişiler</translation>
    </message>
    <message>
        <source>&amp;Require a course…</source>
        <translation>Bir kursu &amp;zorunlu kıl…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>Zorunlu kurslar</translation>
    </message>
    <message>
        <source>A required course counts in the coverage of every department whose staff must take it: all its staff, or those whose Amtsdesk user holds the role.</source>
        <translation>Zorunlu bir kurs, personelinin bu kursu alması gereken her birimin eğitim oranında sayılır: birimin tüm personeli ya da Amtsdesk kullanıcısı ilgili role sahip olanlar.</translation>
    </message>
    <message>
        <source>Require a course</source>
        <translation>Bir kursu zorunlu kıl</translation>
    </message>
    <message>
        <source>Course requirement added.</source>
        <translation>Kurs zorunluluğu eklendi.</translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation>Zorunluluğu kaldır</translation>
    </message>
    <message>
        <source>%1 is no longer required of %2.</source>
        <translation>%1 artık %2 için zorunlu değil.</translation>
    </message>
    <message>
        <source>Of the staff of a &amp;department:</source>
        <translation>Bir &amp;birimin personeli için:</translation>
    </message>
    <message>
        <source>Of everyone with a &amp;role:</source>
        <translation>Bir &amp;role sahip herkes için:</translation>
    </message>
    <message>
        <source>A course required of a role reaches every department: the programme manager sets it</source>
        <translation>Bir rol için zorunlu kılınan kurs tüm birimleri kapsar: bunu program yöneticisi belirler</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SearchPage</name>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Arama&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>e.g. Müller Bauantrag, &quot;keine Bedenken&quot;, Gebühr* NOT Mahnung, akte:63- von:1.1.2026</source>
        <translation>ör. Müller Bauantrag, &quot;keine Bedenken&quot;, Gebühr* NOT Mahnung, akte:63- von:1.1.2026</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Arama metni</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>Words are found in every spelling: Müller, Mueller and Muller; Straße and Strasse. Bau* finds Bauantrag and Baugenehmigung. Filters: akte: oe: plan: von: bis: typ: status:</source>
        <translation>Sözcükler her yazılışıyla bulunur: Müller, Mueller ve Muller; Straße ve Strasse. Bau*, Bauantrag ve Baugenehmigung sözcüklerini bulur. Filtreler: akte: oe: plan: von: bis: typ: status:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Hiçbir şey bulunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found, best first.</source>
        <translation>
            <numerusform>%n belge bulundu, en iyi eşleşenler en üstte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, case %2, page %3</source>
        <translation>%1, işlem %2, sayfa %3</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, işlem %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ServiceDialog</name>
    <message>
        <source>Offer service</source>
        <translation>Hizmet sun</translation>
    </message>
    <message>
        <source>Name, LeiKa key or OZG id, e.g. Wohngeld or 99108</source>
        <translation>Ad, LeiKa anahtarı veya OZG kimliği, ör. Wohngeld veya 99108</translation>
    </message>
    <message>
        <source>Find in the OZG catalogue</source>
        <translation>OZG kataloğunda ara</translation>
    </message>
    <message>
        <source>Service (LeiKa)</source>
        <translation>Hizmet (LeiKa)</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa anahtarı</translation>
    </message>
    <message>
        <source>OZG id</source>
        <translation>OZG kimliği</translation>
    </message>
    <message>
        <source>OZG service</source>
        <translation>OZG hizmeti</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Sunan birim</translation>
    </message>
    <message>
        <source>OZG catalogue</source>
        <translation>OZG kataloğu</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Hizmet: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Yayına alınma</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;LeiKa %2 · OZG %3 %4&lt;br&gt;Maturity now: %5 (changed with &quot;Set maturity…&quot;, which keeps the history)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;LeiKa %2 · OZG %3 %4&lt;br&gt;Mevcut olgunluk: %5 (geçmişi koruyan &quot;Olgunluk düzeyini belirle…&quot; ile değiştirilir)</translation>
    </message>
    <message>
        <source>&amp;Find in the OZG catalogue:</source>
        <translation>OZG kataloğunda &amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Responsible department:</source>
        <translation>&amp;Sorumlu birim:</translation>
    </message>
    <message>
        <source>Sub-&amp;project:</source>
        <translation>Alt &amp;proje:</translation>
    </message>
    <message>
        <source>Maturity &amp;now:</source>
        <translation>&amp;Mevcut olgunluk:</translation>
    </message>
    <message>
        <source>&amp;Target maturity:</source>
        <translation>&amp;Hedef olgunluk:</translation>
    </message>
    <message>
        <source>Online service &amp;link:</source>
        <translation>Çevrim içi hizmet &amp;bağlantısı:</translation>
    </message>
    <message>
        <source>&amp;Go-live:</source>
        <translation>&amp;Yayına alınma:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Katalog okunamıyor: %1</translation>
    </message>
    <message>
        <source>The OZG catalogue is empty: the programme manager imports it first.</source>
        <translation>OZG kataloğu boş: önce program yöneticisinin kataloğu içe aktarması gerekir.</translation>
    </message>
    <message>
        <source>The first %1 matches of %2 services in the catalogue; type more to narrow them.</source>
        <translation>Katalogdaki %2 hizmetten ilk %1 eşleşme; daraltmak için daha fazla yazın.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the catalogue.</source>
        <translation>
            <numerusform>Katalogda %n eşleşme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the service from the catalogue first.</source>
        <translation>Önce katalogdan hizmeti seçin.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::ServicesPanel</name>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (model %2)</translation>
    </message>
    <message>
        <source>Only my departments</source>
        <translation>Yalnızca birimlerim</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>OZG id</source>
        <translation>OZG kimliği</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa anahtarı</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Maturity now</source>
        <translation>Mevcut olgunluk</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Yayına alınma</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Çevrim içi hizmet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Olgunluk</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Set &amp;maturity…</source>
        <translation>Olgunluk düzeyini be&amp;lirle…</translation>
    </message>
    <message>
        <source>Filter by name, LeiKa key or OZG id</source>
        <translation>Ada, LeiKa anahtarına veya OZG kimliğine göre filtrele</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>Hizmetleri filtrele</translation>
    </message>
    <message>
        <source>OZG services</source>
        <translation>OZG hizmetleri</translation>
    </message>
    <message>
        <source>Maturity history</source>
        <translation>Olgunluk geçmişi</translation>
    </message>
    <message>
        <source>Records the level the service reached; the earlier levels stay in its history</source>
        <translation>Hizmetin ulaştığı düzeyi kaydeder; önceki düzeyler hizmetin geçmişinde kalır</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity history&lt;/b&gt; (oldest first)</source>
        <translation>&lt;b&gt;Olgunluk geçmişi&lt;/b&gt; (en eskiden başlayarak)</translation>
    </message>
    <message>
        <source>The services cannot be read: %1</source>
        <translation>Hizmetler okunamıyor: %1</translation>
    </message>
    <message>
        <source>No services to show.</source>
        <translation>Gösterilecek hizmet yok.</translation>
    </message>
    <message>
        <source>Choose a service above.</source>
        <translation>Yukarıdan bir hizmet seçin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · OZG %3 · responsible: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · OZG %3 · sorumlu: %4</translation>
    </message>
    <message>
        <source>Maturity of %1</source>
        <translation>Olgunluk düzeyi: %1</translation>
    </message>
    <message>
        <source>Optional, e.g. what went online</source>
        <translation>İsteğe bağlı, ör. neyin yayına alındığı</translation>
    </message>
    <message>
        <source>Now: %1 · target: %2</source>
        <translation>Mevcut: %1 · hedef: %2</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>Ulaşıldığı tarih:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Set maturity</source>
        <translation>Olgunluk düzeyini belirle</translation>
    </message>
    <message>
        <source>%1 now stands at maturity level %2.</source>
        <translation>%1 artık %2 olgunluk düzeyinde.</translation>
    </message>
    <message>
        <source>&amp;Import OZG catalogue…</source>
        <translation>OZG kataloğunu &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Offer service…</source>
        <translation>&amp;Hizmet sun…</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>Hizmeti &amp;düzenle…</translation>
    </message>
    <message>
        <source>The OZG / LeiKa catalogue as CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic); a re-import updates without duplicating</source>
        <translation>CSV olarak OZG / LeiKa kataloğu (leika_key, leika_name, leika_type, ozg_id, ozg_name, life_situation, topic); yeniden içe aktarma, kayıtları çoğaltmadan günceller</translation>
    </message>
    <message>
        <source>A service of the catalogue that the district offers, with its department, sub-project, maturity and status</source>
        <translation>İlçe idaresinin sunduğu bir katalog hizmeti; birimi, alt projesi, olgunluk düzeyi ve durumuyla birlikte</translation>
    </message>
    <message>
        <source>Department, sub-project, target, link, go-live and status of the selected service</source>
        <translation>Seçili hizmetin birimi, alt projesi, hedefi, bağlantısı, yayına alınma tarihi ve durumu</translation>
    </message>
    <message>
        <source>Maturity:</source>
        <translation>Olgunluk:</translation>
    </message>
    <message>
        <source>Import OZG catalogue</source>
        <translation>OZG kataloğunu içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>OZG catalogue imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>OZG kataloğu içe aktarıldı: %1 eklendi, %2 güncellendi, %3 değişmedi, %4 reddedildi.</translation>
    </message>
    <message>
        <source>%1 is now offered.</source>
        <translation>%1 artık sunuluyor.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StaffDialog</name>
    <message>
        <source>Still works here</source>
        <translation>Hâlâ burada çalışıyor</translation>
    </message>
    <message>
        <source>Member of staff: %1</source>
        <translation>Personel: %1</translation>
    </message>
    <message>
        <source>Add member of staff</source>
        <translation>Personel ekle</translation>
    </message>
    <message>
        <source>none: does not use Amtsdesk</source>
        <translation>yok: Amtsdesk&apos;i kullanmıyor</translation>
    </message>
    <message>
        <source>e.g. Sachbearbeitung Wohngeld</source>
        <translation>ör. Sachbearbeitung Wohngeld</translation>
    </message>
    <message>
        <source>Someone who left stays in the records of past sessions but no longer counts</source>
        <translation>Ayrılan kişi geçmiş oturumların kayıtlarında kalır ancak artık hesaba katılmaz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Görev:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>Amtsdesk &amp;user:</source>
        <translation>Amtsdesk &amp;kullanıcısı:</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StaffPanel</name>
    <message>
        <source>Show those who left</source>
        <translation>Ayrılanları göster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Amtsdesk user</source>
        <translation>Amtsdesk kullanıcısı</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Burada çalışıyor</translation>
    </message>
    <message>
        <source>&amp;Add member of staff…</source>
        <translation>&amp;Personel ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <source>Staff directory</source>
        <translation>Personel listesi</translation>
    </message>
    <message>
        <source>Also for staff who do not use Amtsdesk</source>
        <translation>Amtsdesk&apos;i kullanmayan personel için de</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Birim:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ayrıldı</translation>
    </message>
    <message>
        <source>%1 added to the staff directory.</source>
        <translation>%1 personel listesine eklendi.</translation>
    </message>
    <message>
        <source>The entry of %1 saved.</source>
        <translation>%1 kişisine ait kayıt kaydedildi.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::StartPage</name>
    <message>
        <source>&amp;Check store</source>
        <translation>Veri deposunu &amp;denetle</translation>
    </message>
    <message>
        <source>You in Amtsdesk</source>
        <translation>Amtsdesk&apos;teki bilgileriniz</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Veri deposu</translation>
    </message>
    <message>
        <source>Checks the database, the whole audit trail and every stored document&apos;s hash</source>
        <translation>Veritabanını, tüm denetim kaydını ve saklanan her belgenin hash değerini denetler</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Günaydın, %1</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>İyi günler, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>İyi akşamlar, %1</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>birim yok</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Kullanıcı adı: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Birim: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roller: %1</translation>
    </message>
    <message>
        <source>none yet; ask an administrator</source>
        <translation>henüz yok; bir yöneticiye başvurun</translation>
    </message>
    <message>
        <source>You stand in for %1 from %2 to %3.</source>
        <translation>%2 ile %3 arasında %1 için vekilsiniz.</translation>
    </message>
    <message>
        <source>%1 stands in for you from %2 to %3.</source>
        <translation>%1, %2 ile %3 arasında sizin vekilinizdir.</translation>
    </message>
    <message>
        <source>No deputyships (Vertretungen) now or planned.</source>
        <translation>Şu anda geçerli ya da planlanmış vekâlet (Vertretung) yok.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Konum: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo store&lt;/b&gt;: invented data of the Landkreis Musterfeld, for trying things out.</source>
        <translation>&lt;b&gt;Demo veri deposu&lt;/b&gt;: denemeler için Landkreis Musterfeld&apos;e ait uydurma veriler.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test store&lt;/b&gt;</source>
        <translation>&lt;b&gt;Test veri deposu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries</source>
        <translation>Denetim kaydı: %1 girdi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>Yedekleme &amp;ayarları…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Makes a backup into the folder of the scheduled backup now</source>
        <translation>Zamanlanmış yedeklemenin klasörüne hemen bir yedek alır</translation>
    </message>
    <message>
        <source>No scheduled backup is set up. Set one up with &quot;Backup settings…&quot;.</source>
        <translation>Zamanlanmış yedekleme ayarlanmamış. &quot;Yedekleme ayarları…&quot; ile ayarlayın.</translation>
    </message>
    <message>
        <source>No scheduled backup is set up; your administrator can set one up.</source>
        <translation>Zamanlanmış yedekleme ayarlanmamış; yöneticiniz bunu ayarlayabilir.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>günlük</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>haftalık</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>her %n saatte bir</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backup %1 into %2; the newest %3 are kept.</source>
        <translation>Zamanlanmış yedekleme: %1, %2 klasörüne; en yeni %3 yedek saklanır.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A backup is being made…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yedek alınıyor…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Henüz yedek alınmadı.</translation>
    </message>
    <message>
        <source>Last backup: %1, written and verified in %2.</source>
        <translation>Son yedek: %1; %2 içinde yazıldı ve doğrulandı.</translation>
    </message>
    <message>
        <source>The last backup failed on %1: %2.</source>
        <translation>Son yedekleme %1 tarihinde başarısız oldu: %2.</translation>
    </message>
    <message>
        <source>Older backups were kept.</source>
        <translation>Eski yedekler korundu.</translation>
    </message>
    <message>
        <source>The last good backup is from %1.</source>
        <translation>Son sağlam yedek %1 tarihli.</translation>
    </message>
    <message>
        <source>There is no good backup yet.</source>
        <translation>Henüz sağlam bir yedek yok.</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Zamanlanmış yedekleme</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SubProjectDialog</name>
    <message>
        <source>Sub-project from idea %1</source>
        <translation>%1 numaralı fikirden alt proje</translation>
    </message>
    <message>
        <source>New sub-project</source>
        <translation>Yeni alt proje</translation>
    </message>
    <message>
        <source>Edit sub-project %1</source>
        <translation>%1 alt projesini düzenle</translation>
    </message>
    <message>
        <source>e.g. TP-07</source>
        <translation>ör. TP-07</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ör. %1</translation>
    </message>
    <message>
        <source>Reference number of the e-file; empty: none</source>
        <translation>E-dosyanın dosya numarası; boş: yok</translation>
    </message>
    <message>
        <source>Participating departments</source>
        <translation>Katılan birimler</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Bağlı olduğu alt projeler</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlanan başlangıç</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlanan bitiş</translation>
    </message>
    <message>
        <source>Forecast start</source>
        <translation>Öngörülen başlangıç</translation>
    </message>
    <message>
        <source>Forecast end</source>
        <translation>Öngörülen bitiş</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Alan:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Sorumlu:</translation>
    </message>
    <message>
        <source>&amp;Sponsoring department:</source>
        <translation>&amp;Üstlenen birim:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Planlanan:</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>Ö&amp;ngörülen:</translation>
    </message>
    <message>
        <source>&amp;Budget planned (€):</source>
        <translation>Planlanan bü&amp;tçe (€):</translation>
    </message>
    <message>
        <source>Budget s&amp;pent (€):</source>
        <translation>&amp;Harcanan bütçe (€):</translation>
    </message>
    <message>
        <source>&amp;E-file:</source>
        <translation>&amp;E-dosya:</translation>
    </message>
    <message>
        <source>Participating departments:</source>
        <translation>Katılan birimler:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Açıkla&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation>&amp;Riskler:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Bağlı olduğu alt projeler:</translation>
    </message>
    <message>
        <source>From idea %1: %2</source>
        <translation>%1 numaralı fikirden: %2</translation>
    </message>
    <message>
        <source>The planned budget &quot;%1&quot; is not an amount in euros. Write it like %2.</source>
        <translation>Planlanan bütçe &quot;%1&quot; avro cinsinden bir tutar değil. %2 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The budget spent &quot;%1&quot; is not an amount in euros. Write it like %2.</source>
        <translation>Harcanan bütçe &quot;%1&quot; avro cinsinden bir tutar değil. %2 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The e-file %1 cannot be linked: %2</source>
        <translation>%1 e-dosyası bağlanamıyor: %2</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::SubProjectsPanel</name>
    <message>
        <source>Only my departments</source>
        <translation>Yalnızca birimlerim</translation>
    </message>
    <message>
        <source>Show completed</source>
        <translation>Tamamlananları göster</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafik ışığı</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>End (forecast)</source>
        <translation>Bitiş (öngörülen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kilometre taşı</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>New &amp;status report…</source>
        <translation>Yeni durum &amp;raporu…</translation>
    </message>
    <message>
        <source>Add &amp;milestone…</source>
        <translation>&amp;Kilometre taşı ekle…</translation>
    </message>
    <message>
        <source>Milestone &amp;reached</source>
        <translation>Kilometre taşına &amp;ulaşıldı</translation>
    </message>
    <message>
        <source>Sub-projects</source>
        <translation>Alt projeler</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Durum raporları</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Kilometre taşları</translation>
    </message>
    <message>
        <source>Sub-projects your departments sponsor or take part in</source>
        <translation>Birimlerinizin üstlendiği veya katıldığı alt projeler</translation>
    </message>
    <message>
        <source>Next &amp;phase</source>
        <translation>&amp;Sonraki aşama</translation>
    </message>
    <message>
        <source>A dated status report: traffic light, progress and what happened; it cannot be changed afterwards</source>
        <translation>Tarihli bir durum raporu: trafik ışığı, ilerleme ve yaşanan gelişmeler; sonradan değiştirilemez</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status reports&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Durum raporları&lt;/b&gt; (en yeniden başlayarak)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kilometre taşları&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The sub-projects cannot be read: %1</source>
        <translation>Alt projeler okunamıyor: %1</translation>
    </message>
    <message>
        <source>No sub-projects to show.</source>
        <translation>Gösterilecek alt proje yok.</translation>
    </message>
    <message>
        <source>Choose a sub-project above.</source>
        <translation>Yukarıdan bir alt proje seçin.</translation>
    </message>
    <message>
        <source>Lead: %1 · sponsoring department: %2 · taking part: %3</source>
        <translation>Sorumlu: %1 · üstlenen birim: %2 · katılan birimler: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Planned %1 – %2 · forecast %3 – %4</source>
        <translation>Planlanan %1 – %2 · öngörülen %3 – %4</translation>
    </message>
    <message>
        <source>Budget: %1 € planned, %2 € spent</source>
        <translation>Bütçe: %1 € planlanan, %2 € harcanan</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Bağlı olduğu alt projeler: %1</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>Riskler: %1</translation>
    </message>
    <message>
        <source>E-file: %1</source>
        <translation>E-dosya: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;You may read this sub-project; its officers and the programme manager edit it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Bu alt projeyi görüntüleyebilirsiniz; düzenleme, ilgili birimlerin dijitalleşme sorumluları ve program yöneticisi tarafından yapılır.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>ulaşıldı</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>Sub-project</source>
        <translation>Alt proje</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Sonraki aşama</translation>
    </message>
    <message>
        <source>%1 is now in the phase %2.</source>
        <translation>%1 artık %2 aşamasında.</translation>
    </message>
    <message>
        <source>Status report for %1</source>
        <translation>%1 için durum raporu</translation>
    </message>
    <message>
        <source>What happened, what comes next; for amber or red, the reason</source>
        <translation>Neler oldu, sırada ne var; sarı veya kırmızı için gerekçe</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <source>Traffic light:</source>
        <translation>Trafik ışığı:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>İlerleme:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapor:</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Durum raporu</translation>
    </message>
    <message>
        <source>Status report for %1 saved.</source>
        <translation>%1 için durum raporu kaydedildi.</translation>
    </message>
    <message>
        <source>Milestone for %1</source>
        <translation>%1 için kilometre taşı</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Kilometre taşı:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Son tarih:</translation>
    </message>
    <message>
        <source>Milestone for %1 added.</source>
        <translation>%1 için kilometre taşı eklendi.</translation>
    </message>
    <message>
        <source>Milestone “%1” reached.</source>
        <translation>“%1” kilometre taşına ulaşıldı.</translation>
    </message>
    <message>
        <source>&amp;New sub-project…</source>
        <translation>&amp;Yeni alt proje…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>A new sub-project with all its fields</source>
        <translation>Tüm alanlarıyla yeni bir alt proje</translation>
    </message>
    <message>
        <source>Code, title, area, lead, departments, dates, budget, risks, dependencies and e-file of the selected sub-project</source>
        <translation>Seçili alt projenin kodu, başlığı, alanı, sorumlusu, birimleri, tarihleri, bütçesi, riskleri, bağımlılıkları ve e-dosyası</translation>
    </message>
    <message>
        <source>From idea %1: %2</source>
        <translation>%1 numaralı fikirden: %2</translation>
    </message>
    <message>
        <source>Idea %1 became the sub-project %2.</source>
        <translation>%1 numaralı fikir %2 alt projesine dönüştürüldü.</translation>
    </message>
    <message>
        <source>Sub-project %1 created.</source>
        <translation>%1 alt projesi oluşturuldu.</translation>
    </message>
    <message>
        <source>Sub-project %1 saved.</source>
        <translation>%1 alt projesi kaydedildi.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (gecikmiş)</translation>
    </message>
    <message>
        <source>i.V. %1</source>
        <translation>%1 adına (i.V.)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kimin adına</translation>
    </message>
    <message>
        <source>Possible steps</source>
        <translation>Olası adımlar</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TasksPage</name>
    <message>
        <source>&lt;h2&gt;My tasks&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Görevlerim&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Take step</source>
        <translation>&amp;Adımı uygula</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Görevlerim</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Sizi bekleyen bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait for you</source>
        <translation>
            <numerusform>%n görev sizi bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%n gecikmiş&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Step not taken</source>
        <translation>Adım uygulanmadı</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: done.</source>
        <translation>&quot;%1&quot;: tamamlandı.</translation>
    </message>
    <message>
        <source>More wait: these are the %1 soonest due.</source>
        <translation>Daha fazlası bekliyor: bunlar vadesi en yakın %1 tanesidir.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TrainingPanel</name>
    <message>
        <source>Department</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Must take it</source>
        <translation>Alması gereken</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Eğitim almış</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Oran</translation>
    </message>
    <message>
        <source>Coverage on</source>
        <translation>Eğitim oranı tarihi</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>Eğitim oranı</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Gün:</translation>
    </message>
    <message>
        <source>The training figures cannot be read: %1</source>
        <translation>Eğitim rakamları okunamıyor: %1</translation>
    </message>
    <message>
        <source>No course is required of any department yet.</source>
        <translation>Henüz hiçbir birim için zorunlu kurs yok.</translation>
    </message>
    <message>
        <source>%1 of %2 required courses are below %3 of their staff trained.</source>
        <translation>%2 zorunlu kursun %1 tanesinde eğitim almış personelin oranı %3 eşiğinin altında.</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TrainingTabs</name>
    <message>
        <source>Coverage</source>
        <translation>Eğitim oranı</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Courses and attendance</source>
        <translation>Kurslar ve katılım</translation>
    </message>
    <message>
        <source>Required courses</source>
        <translation>Zorunlu kurslar</translation>
    </message>
</context>
<context>
    <name>amtsdesk::ui::TransitionDialog</name>
    <message>
        <source>Resubmission date (YYYY-MM-DD)</source>
        <translation>Takip tarihi (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Masraf yeri</translation>
    </message>
    <message>
        <source>Budget item</source>
        <translation>Bütçe kalemi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3</translation>
    </message>
    <message>
        <source>Required: say why</source>
        <translation>Zorunlu: gerekçesini yazın</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Açıklama:</translation>
    </message>
</context>
</TS>
