#include "window/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace scalelab {

namespace {

const QString kLanguageKey = QStringLiteral("language");

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString chosenLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void setChosenLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString installTranslations(const QString &code)
{
    QString lang = code;
    if (lang.isEmpty()) {
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        if (!availableLanguages().contains(lang))
            lang = QStringLiteral("en");
    }
    if (lang == QLatin1String("en"))
        return lang; // the source strings are English
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/scalelab_%1.qm").arg(lang))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons and dialogs), when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace scalelab
