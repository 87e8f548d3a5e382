#include "preview/renderservice.h"

#include "pdf/workerclient.h"

namespace amtsdesk::ui {

// Lives in the render thread: owns the worker process and carries out requests in order.
class RenderService::Job : public QObject {
    Q_OBJECT

public:
    // The worker is made here, in the GUI thread, so that cancel() never races with its creation;
    // its process is started in the render thread, which then owns it.
    explicit Job(const std::atomic<int> &generation) : m_generation(generation), m_worker(std::make_unique<PdfWorker>())
    {
    }
    ~Job() override = default;

    // From the GUI thread: ends the page being drawn now instead of waiting for the time limit.
    void cancel() { m_worker->cancel(); }

    Q_INVOKABLE void warmUp() { (void)m_worker->start(); }

    Q_INVOKABLE void render(int generation, const QString &path, const QByteArray &password, int page, double dpi, int rotation)
    {
        if (generation != m_generation.load())
            return; // stale: the view has moved on
        auto image = m_worker->render(path, page - 1, dpi, rotation, password);
        if (image)
            emit rendered(generation, page, dpi, rotation, *image);
        else
            emit failed(generation, page, image.error().message);
    }

    Q_INVOKABLE void words(int generation, const QString &path, const QByteArray &password, int page)
    {
        if (generation != m_generation.load())
            return;
        auto list = m_worker->words(path, page - 1, password);
        emit wordsReady(generation, page, list ? *list : QList<PdfWord>());
    }

signals:
    void rendered(int generation, int page, double dpi, int rotation, const QImage &image);
    void failed(int generation, int page, const QString &message);
    void wordsReady(int generation, int page, const QList<amtsdesk::PdfWord> &words);

private:
    const std::atomic<int> &m_generation;
    std::unique_ptr<PdfWorker> m_worker;
};

RenderService::RenderService(QObject *parent) : QObject(parent), m_job(new Job(m_generation))
{
    qRegisterMetaType<QList<PdfWord>>();
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::rendered, this, &RenderService::rendered);
    connect(m_job, &Job::failed, this, &RenderService::failed);
    connect(m_job, &Job::wordsReady, this, &RenderService::wordsReady);
    m_thread.setObjectName(QStringLiteral("amtsdesk-render"));
    m_thread.start();
    QMetaObject::invokeMethod(m_job, "warmUp", Qt::QueuedConnection);
}

RenderService::~RenderService()
{
    nextGeneration();
    // A hostile page could keep the render thread, and so this destructor and the GUI, waiting
    // until the worker's time limit; nothing drawn now is wanted any more.
    m_job->cancel();
    m_thread.quit();
    m_thread.wait();
}

void RenderService::requestWords(int generation, const QString &path, const QByteArray &password, int page)
{
    QMetaObject::invokeMethod(m_job, "words", Qt::QueuedConnection, Q_ARG(int, generation), Q_ARG(QString, path),
                              Q_ARG(QByteArray, password), Q_ARG(int, page));
}

int RenderService::nextGeneration()
{
    return ++m_generation;
}

void RenderService::request(int generation, const QString &path, const QByteArray &password, int page, double dpi, int rotation)
{
    QMetaObject::invokeMethod(m_job, "render", Qt::QueuedConnection, Q_ARG(int, generation), Q_ARG(QString, path),
                              Q_ARG(QByteArray, password), Q_ARG(int, page), Q_ARG(double, dpi), Q_ARG(int, rotation));
}

} // namespace amtsdesk::ui

#include "renderservice.moc"
