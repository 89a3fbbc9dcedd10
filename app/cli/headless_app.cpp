#include "cli/headless_app.h"

#include "window/language.h"

#include <QSettings>

namespace scalelab {

HeadlessApp::HeadlessApp(char *argv0, Settings settings, const QString &language)
    : m_argv{argv0, nullptr}
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    m_app = std::make_unique<QApplication>(m_argc, m_argv);
    if (settings == Settings::Private) {
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
        QApplication::setOrganizationName(QStringLiteral("ScaleLabHeadless"));
        QApplication::setApplicationName(QStringLiteral("ScaleLab"));
    }
    // The system locale's language unless told (LANG=ko_KR.UTF-8 renders Korean).
    installTranslations(language.isEmpty() ? chosenLanguage() : language);
}

} // namespace scalelab
