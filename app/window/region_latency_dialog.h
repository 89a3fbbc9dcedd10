#pragma once

#include "scenario/regions.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace scalelab {

class Document;
class WorldLatencyView;

/// Edit ▸ Region Latencies…: the one-way latency between every two regions the design
/// uses, as a matrix. Each cell shows the value in force: the design's own (bold, saved in
/// `region_latency:`) or the default table's (grey). Typing a value overrides it; Reset to
/// Default takes the override away. Apply (or OK) makes every change of the dialog one undo
/// command, which the validator may refuse: its sentence is shown and nothing changes. A
/// second tab draws the table being edited on the world map. Not modal: a run goes on, and
/// an applied table reaches it as a live edit.
class RegionLatencyDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegionLatencyDialog(Document *doc, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    WorldLatencyView *world() const { return m_world; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The regions of the rows and columns, in the design's order.
    const QStringList &regions() const { return m_regions; }
    /// The table as edited so far (not applied yet).
    const std::vector<RegionLatency> &pending() const { return m_pending; }
    /// The message under the table: why an edit was refused, or empty.
    QString message() const;

    /// Pushes the edits as one undo command; returns the validator's refusal or empty.
    QString apply();
    /// Takes the override of the selected cells away (back to the default table).
    void resetSelected();
    /// Takes every override among the design's regions away.
    void resetAll();

private:
    /// The document's table replaces the edits (opened, applied, undone elsewhere).
    void reload();
    /// Rows, columns and cells from the design's regions and the edits.
    void rebuild();
    void cellEdited(int row, int column);
    void showMessage(const QString &text, bool error);

    Document *m_doc;
    std::vector<RegionLatency> m_pending;
    QStringList m_regions;
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    WorldLatencyView *m_world;
    QLabel *m_message;
    QPushButton *m_reset;
    QPushButton *m_resetAll;
    bool m_filling = false; ///< cells being filled by rebuild(), not typed
};

} // namespace scalelab
