#include "atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace scalelab::atomic_file {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(path, why);
}

} // namespace

QString write(const QString &path, const std::function<bool(QIODevice &out)> &fill)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    // QSaveFile remembers a failed write and then refuses to commit.
    if (!fill(file)) {
        const QString why = file.error() != QFileDevice::NoError
                                ? file.errorString()
                                : QCoreApplication::translate("AtomicFile", "could not render");
        file.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); });
}

QString writeByName(const QString &path, const std::function<bool(const QString &tmp)> &fill)
{
    const QFileInfo target(path);
    QTemporaryFile tmp(target.absolutePath() + QLatin1Char('/') + target.fileName() +
                       QStringLiteral(".XXXXXX"));
    if (!tmp.open())
        return cannotWrite(path, tmp.errorString());
    const QString tmpPath = tmp.fileName();
    // A temporary file is private (0600); the result gets the old file's permissions, or
    // those of a new file.
    tmp.setPermissions(target.exists() ? target.permissions()
                                       : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                             QFile::ReadOther);
    if (!fill(tmpPath) || QFileInfo(tmpPath).size() == 0)
        return cannotWrite(path, QCoreApplication::translate("AtomicFile", "could not render"));
    // The writer wrote through its own handle: make the bytes durable before the rename,
    // as QSaveFile does, so a crash cannot leave a renamed but empty file.
    if (::fsync(tmp.handle()) != 0)
        return cannotWrite(path, QCoreApplication::translate("AtomicFile", "could not flush"));
    if (std::rename(QFile::encodeName(tmpPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno)));
    tmp.setAutoRemove(false); // it is the target now
    return {};
}

} // namespace scalelab::atomic_file
