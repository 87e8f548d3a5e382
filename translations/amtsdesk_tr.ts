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
        <source>The database could not be copied to %1: %2</source>
        <translation>Veritabanı %1 konumuna kopyalanamadı: %2</translation>
    </message>
    <message>
        <source>The finished backup could not be moved to %1.</source>
        <translation>Tamamlanan yedek %1 konumuna taşınamadı.</translation>
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
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The blob folder %1 cannot be created.</source>
        <translation>Belge dosyaları klasörü %1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>A temporary file cannot be created in %1: %2</source>
        <translation>%1 içinde geçici dosya oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>The document could not be written to the blob store (%1). Is the disk full?</source>
        <translation>Belge, belge deposuna yazılamadı (%1). Disk dolu mu?</translation>
    </message>
    <message>
        <source>The document could not be written to disk safely. Is the disk full?</source>
        <translation>Belge diske güvenli biçimde yazılamadı. Disk dolu mu?</translation>
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
        <source>check integrity, the audit chain and every document&apos;s hash</source>
        <translation>bütünlüğü, denetim zincirini ve her belgenin hash değerini denetle</translation>
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
        <source>Checks SQLite integrity, the whole audit chain and every stored document&apos;s hash.</source>
        <translation>SQLite bütünlüğünü, tüm denetim zincirini ve saklanan her belgenin hash değerini denetler.</translation>
    </message>
    <message>
        <source>also check that the audit chain still ends in HASH (from audit-head)</source>
        <translation>denetim zincirinin hâlâ HASH ile bittiğini de denetle (audit-head çıktısı)</translation>
    </message>
    <message>
        <source>Audit trail: the exported head %1 is no longer in the chain: the trail was rewritten or cut.</source>
        <translation>Denetim kaydı: dışa aktarılan son girdi hash değeri %1 artık zincirde yok: kayıt yeniden yazılmış ya da kesilmiş.</translation>
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
        <source>Writes a consistent backup of the store and its documents into the new folder DEST, also while others work; the copy is verified before it is kept.</source>
        <translation>Veri deposunun ve belgelerinin tutarlı bir yedeğini, başkaları çalışırken de yeni DEST klasörüne yazar; kopya saklanmadan önce doğrulanır.</translation>
    </message>
    <message>
        <source>a folder that does not exist yet (or is empty)</source>
        <translation>henüz var olmayan (ya da boş olan) bir klasör</translation>
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
        <source>Workflow      Month    State                     Items  Median h  90 % h</source>
        <translation>İş akışı      Ay       Durum                      Adet Medyan sa 90 % sa</translation>
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
        <source>The store is busy with another Amtsdesk; please try again in a moment.</source>
        <translation>Veri deposu şu anda başka bir Amtsdesk tarafından kullanılıyor; lütfen biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The disk holding the store is full; nothing was changed. Free some space and try again.</source>
        <translation>Veri deposunun bulunduğu disk dolu; hiçbir şey değiştirilmedi. Biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The store is read-only; nothing was changed.</source>
        <translation>Veri deposu salt okunur; hiçbir şey değiştirilmedi.</translation>
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
</context>
<context>
    <name>DemoDistrict</name>
    <message>
        <source>Demo data goes only into a demo store, never into a real one.</source>
        <translation>Demo verileri yalnızca bir demo veri deposuna yazılır, asla gerçek bir depoya yazılmaz.</translation>
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
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>İşlem zaten tamamlanmıştı.</translation>
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
        <source>Comes with a later version of Amtsdesk</source>
        <translation>Amtsdesk&apos;in sonraki bir sürümüyle gelecek</translation>
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
        <translation>İş akışı İş akışı tanımı &amp;yükle…amp;tanımı yükle…</translation>
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
        <translation>„%1“ %2 sürümü olarak yüklendi. Devam eden öğeler başladıkları sürümü korur.</translation>
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
