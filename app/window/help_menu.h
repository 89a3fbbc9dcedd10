#pragma once

#include <QObject>

class QDialog;
class QMenu;

namespace scalelab {

class MainWindow;

/// The Help menu: the keyboard shortcuts (read from the window's own actions, so the list
/// cannot go stale), the scenario format (docs/scenario-format.md, shown as formatted
/// text), what the dots on the canvas mean, the start page, and About with the version.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    explicit HelpMenu(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    /// The dialogs the menu opens; the caller owns them (tests look at them unshown).
    QDialog *createShortcutsDialog() const;
    QDialog *createFormatDialog() const;
    /// What each dot on the canvas means, with the dots as they are drawn.
    QDialog *createDotsDialog() const;
    QString aboutText() const;
    /// Where docs/scenario-format.md is: the source tree, then beside the program.
    static QString scenarioFormatPath();

signals:
    /// Help > Start page: whoever owns the start page shows it.
    void startPageRequested();

private:
    void showDialog(QDialog *dialog);

    MainWindow *m_window;
    QMenu *m_menu;
};

} // namespace scalelab
