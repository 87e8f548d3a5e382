#include "support/pdffixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QGuiApplication>

bool canWritePdf()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    WARN("no QGuiApplication: PDF tests that generate files skipped");
    return false;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
