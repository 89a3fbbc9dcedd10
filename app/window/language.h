#pragma once

// The interface language: Qt's translation system with ScaleLab's own catalogue
// (resources/translations/scalelab_<lang>.ts, compiled into the program) and Qt's own for
// standard dialogs. Chosen by View ▸ Language, else by the system locale.

#include <QString>
#include <QStringList>

namespace scalelab {

/// The languages the program has a translation for, as codes ("en", "ko").
QStringList availableLanguages();
/// The language chosen in View ▸ Language ("" = follow the system), as stored.
QString chosenLanguage();
void setChosenLanguage(const QString &code);
/// Installs the translators for `code` ("" = the system locale's language) on the
/// running application. Returns the language installed ("en" when none was needed).
QString installTranslations(const QString &code = chosenLanguage());
/// A language's own name: "English", "한국어".
QString languageName(const QString &code);

} // namespace scalelab
