#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;
class QWidget;

namespace scalelab {

class Document;

/// Nothing lost: unsaved edits are written, about every 30 s of editing, to a recovery
/// file in the application data folder (QStandardPaths::AppDataLocation, atomically with
/// QSaveFile), together with the path of the file they belong to. Saving or closing
/// normally deletes it; after a crash or a kill it is still there, and the next start
/// offers to restore it. A lock file held while the program runs tells a crash (the lock
/// is stale: its process is gone) from a second instance running now (the lock is held):
/// a second instance neither autosaves nor offers another's edits.
///
/// Environment, for tests: SCALELAB_AUTOSAVE_MS sets the interval (default 30000).
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30000;

    explicit Autosave(Document *doc, QObject *parent = nullptr);
    ~Autosave() override;

    /// False when another instance holds the lock: then this one does nothing.
    bool isActive() const { return m_active; }
    int intervalMs() const;
    /// The recovery file and the lock live here.
    static QString folder();
    QString recoveryPath() const;

    /// Edits of an earlier session that did not end normally are waiting.
    bool hasRecovery() const;
    /// The file the waiting edits belong to; empty for an untitled design.
    QString recoveredFilePath() const;
    /// Opens the waiting edits in the document, marked modified; returns an error or "".
    QString restore();
    /// Forgets the waiting edits (the student declined them).
    void discardRecovery();

    /// Writes the recovery file now if there are unsaved edits.
    void saveNow();

private:
    void onEdited();
    void removeRecovery();

    Document *m_doc;
    QTimer *m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_active = false;
    bool m_recoveryWaiting = false; ///< from an earlier session, not yet restored or declined
};

/// At start: asks whether to restore the edits of a session that did not end normally,
/// and restores or forgets them. Returns true if they were restored. For tests,
/// SCALELAB_TEST_RESTORE=yes or =no answers the question without showing it.
bool offerRecovery(Autosave &autosave, QWidget *parent);

} // namespace scalelab
