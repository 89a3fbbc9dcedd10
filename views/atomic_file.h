#pragma once

// Every file the program writes is written whole or not at all: into a temporary file
// beside the target, renamed over it only once complete. A crash, a full disk or a
// kill -9 halfway leaves the previous file as it was (and a failed write removes its
// temporary). Exports, snapshots, reports, time series and saved scenarios go through here.

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace scalelab::atomic_file {

/// Opens a temporary file beside `path`, lets `fill` write into it, and commits it over
/// `path` if `fill` returned true and every write succeeded. Returns an error message
/// naming the file, or an empty string on success.
QString write(const QString &path, const std::function<bool(QIODevice &out)> &fill);

/// The same for bytes already in memory.
QString writeBytes(const QString &path, const QByteArray &bytes);

/// For writers that only take a file name (QCustomPlot's savePdf, savePng): `fill` writes
/// the temporary file it is given, which is then renamed over `path`.
QString writeByName(const QString &path, const std::function<bool(const QString &tmp)> &fill);

} // namespace scalelab::atomic_file
