#pragma once

// Test helper: runs the built `scalelab` program as a user would, with no display (the
// commands that draw choose the offscreen platform themselves), and collects its outcome.

#include <QProcess>
#include <QStringList>
#include <QtGlobal>

namespace scalelab::testing {

struct ProgramOutcome {
    int exitCode = -1; ///< -1 when the program crashed
    QByteArray out;
    QByteArray err;
};

inline ProgramOutcome runScalelab(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCALELAB_BINARY), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("scalelab did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace scalelab::testing
