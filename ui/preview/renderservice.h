#pragma once

#include "pdf/pdfdocument.h"

#include <QImage>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace amtsdesk {
class PdfWorker;
}
Q_DECLARE_METATYPE(amtsdesk::PdfWord)

namespace amtsdesk::ui {

// Draws PDF pages for the viewer on a thread of its own, through a PdfWorker process that
// belongs to that thread. Requests from an older generation (the view scrolled or zoomed
// since) are skipped before they cost anything.
class RenderService : public QObject {
    Q_OBJECT

public:
    explicit RenderService(QObject *parent = nullptr);
    ~RenderService() override;

    // Everything requested before this is stale; returns the new generation.
    int nextGeneration();
    int generation() const { return m_generation.load(); }
    void request(int generation, const QString &path, const QByteArray &password, int page, double dpi, int rotation);
    // The words of a page with their boxes (for marking hits), answered by wordsReady.
    void requestWords(int generation, const QString &path, const QByteArray &password, int page);

signals:
    void rendered(int generation, int page, double dpi, int rotation, const QImage &image);
    void failed(int generation, int page, const QString &message);
    void wordsReady(int generation, int page, const QList<amtsdesk::PdfWord> &words);

private:
    class Job;
    QThread m_thread;
    Job *m_job;
    std::atomic<int> m_generation{0};
};

} // namespace amtsdesk::ui
