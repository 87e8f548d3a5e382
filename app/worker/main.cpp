// amtsdesk-worker: reads untrusted PDFs for the application (see PdfWorker and workerprotocol.h).
// Requests come on stdin, replies go to stdout, until stdin closes. Argument parsing and process
// limits only; the work itself is WorkerService in core.
#include "pdf/workerprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Address space the process already has (libraries, and a sanitizer's shadow memory), in bytes.
qint64 currentAddressSpace()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmSize:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// The limit counts from what is mapped at start: libraries are not what a file costs, and a
// sanitizer build reserves terabytes of shadow memory before main().
bool limitAddressSpace(qint64 megabytes)
{
    const qint64 limit = currentAddressSpace() + megabytes * 1024 * 1024;
    const rlimit value{rlim_t(limit), rlim_t(limit)};
    return ::setrlimit(RLIMIT_AS, &value) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The protocol gets its own descriptor and fd 1 becomes stderr: a library that prints to
    // stdout must not be able to corrupt a reply.
    const int protocolOut = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (protocolOut < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        std::perror("amtsdesk-worker: stdout");
        return 1;
    }

    // A Core application is enough: Poppler's Splash renderer and the PNG writer need no GUI.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("amtsdesk-worker"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "amtsdesk-worker", "Reads PDF files for Amtsdesk. Started by Amtsdesk itself, not by people."));
    parser.addHelpOption();
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-mb"),
        QCoreApplication::translate("amtsdesk-worker", "Memory the worker may use for a file, in MB (default 1024)."),
        QStringLiteral("mb"), QStringLiteral("1024"));
    parser.addOption(memoryOption);
    const QCommandLineOption bufferOption(
        QStringLiteral("page-buffer-fd"),
        QCoreApplication::translate("amtsdesk-worker",
                                    "Descriptor of the shared buffer for rendered pages, opened by Amtsdesk."),
        QStringLiteral("fd"));
    parser.addOption(bufferOption);
    parser.process(app);
    bool ok = false;
    const qint64 memoryMb = parser.value(memoryOption).toLongLong(&ok);
    if (!ok || memoryMb < 1) {
        std::fprintf(stderr, "amtsdesk-worker: --memory-mb needs a positive number of megabytes\n");
        return 1;
    }

    // Ends with the application, even in the middle of a page that would take forever.
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return 0;
    // A core dump of this process would hold the document: none are written.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    if (!limitAddressSpace(memoryMb)) {
        std::perror("amtsdesk-worker: setrlimit");
        return 1;
    }

    amtsdesk::WorkerService service;
    if (parser.isSet(bufferOption)) {
        const int fd = parser.value(bufferOption).toInt(&ok);
        if (!ok || fd <= STDERR_FILENO || ::fcntl(fd, F_GETFD) < 0) {
            std::fprintf(stderr, "amtsdesk-worker: --page-buffer-fd needs an open descriptor\n");
            return 1;
        }
        service.setPageBuffer(amtsdesk::PageBuffer(fd));
    }
    return service.serve(STDIN_FILENO, protocolOut);
}
