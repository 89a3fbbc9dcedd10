#pragma once

// The QApplication of the commands that render without a screen (export, snapshot,
// bench-gui): the offscreen platform unless the user chose another, and, for those that
// build the main window, a private throw-away settings store, so that the output never
// depends on a window layout the user saved.

#include <QApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace scalelab {

class HeadlessApp {
public:
    enum class Settings { User, Private };
    /// `language`: "en", "ko", or empty for the stored choice (else the system's).
    HeadlessApp(char *argv0, Settings settings, const QString &language = {});
    QApplication &app() { return *m_app; }

private:
    int m_argc = 1; ///< QApplication keeps a reference to it
    char *m_argv[2];
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QApplication> m_app;
};

} // namespace scalelab
