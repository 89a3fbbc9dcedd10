#pragma once

#include <QDialog>

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace scalelab {

class MainWindow;

/// What a first-time user sees: New, Open, the chapter's examples stage by stage with the
/// lesson each teaches (their name and the first sentence of their description), and the
/// recent files. Choosing one opens it in the window (an example as an untitled copy, so
/// Save never overwrites it) and closes the page. Shown at start unless the student
/// unticks "Show at start"; always under Help > Start Page.
class StartPage : public QDialog {
    Q_OBJECT
public:
    explicit StartPage(MainWindow *window);

    QListWidget *examplesList() const { return m_examples; }
    QListWidget *recentList() const { return m_recent; }

    /// The folder of the chapter's examples: the source tree, then beside the program.
    static QString examplesDir();
    /// Opens a page over the window (not modal: the window stays usable).
    static void showFor(MainWindow *window);
    /// Whether the page opens at start (QSettings "showStartPage", default yes).
    static bool showAtStart();

private:
    void fillExamples();
    void fillRecent();
    void openExample(const QString &path);
    void openRecent(const QString &path);
    static void addEntry(QListWidget *list, const QString &title, const QString &line,
                         const QString &tooltip, const QString &path);

    MainWindow *m_window;
    QListWidget *m_examples;
    QListWidget *m_recent;
    QCheckBox *m_showAtStart;
};

} // namespace scalelab
