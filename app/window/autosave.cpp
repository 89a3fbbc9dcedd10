#include "window/autosave.h"

#include "document/document.h"
#include "scenario/scenario_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace scalelab {

namespace {
const char kRecoveryName[] = "recovery.yaml";
const char kPathName[] = "recovery-path.txt"; ///< the recovered design's own file, or empty
const char kLockName[] = "scalelab.lock";

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

Autosave::Autosave(Document *doc, QObject *parent)
    : QObject(parent), m_doc(doc), m_timer(new QTimer(this))
{
    QDir().mkpath(folder());
    m_lock = std::make_unique<QLockFile>(QDir(folder()).filePath(QLatin1String(kLockName)));
    m_lock->setStaleLockTime(0); // held for the whole session: stale only if its process is gone
    // tryLock removes a stale lock (its process is gone: a crash or a kill) and takes it.
    m_active = m_lock->tryLock(0);
    if (!m_active)
        return;
    m_recoveryWaiting = QFile::exists(recoveryPath());
    m_timer->setSingleShot(true);
    m_timer->setInterval(intervalMs());
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &Autosave::onEdited);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !m_recoveryWaiting)
            removeRecovery(); // saved: nothing to recover
    });
}

Autosave::~Autosave()
{
    // A normal end (the window asked about unsaved changes already): nothing to recover.
    if (m_active && !m_recoveryWaiting)
        removeRecovery();
}

int Autosave::intervalMs() const
{
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("SCALELAB_AUTOSAVE_MS", &ok);
    return ok && env > 0 ? env : kDefaultIntervalMs;
}

QString Autosave::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Autosave::recoveryPath() const
{
    return QDir(folder()).filePath(QLatin1String(kRecoveryName));
}

bool Autosave::hasRecovery() const
{
    return m_active && m_recoveryWaiting && QFile::exists(recoveryPath());
}

QString Autosave::recoveredFilePath() const
{
    return QString::fromUtf8(readAll(QDir(folder()).filePath(QLatin1String(kPathName))));
}

QString Autosave::restore()
{
    const LoadResult r =
        parseScenario(readAll(recoveryPath()).toStdString(), recoveryPath().toStdString());
    if (!r.ok())
        return QString::fromStdString(r.message());
    const QString original = recoveredFilePath();
    m_recoveryWaiting = false;
    m_doc->reset(*r.scenario, QFile::exists(original) ? original : QString());
    // Not what is on disk: the stack is never clean until the student saves.
    m_doc->undoStack()->resetClean();
    saveNow(); // the restored edits are this session's recovery now
    return {};
}

void Autosave::discardRecovery()
{
    m_recoveryWaiting = false;
    removeRecovery();
}

void Autosave::onEdited()
{
    if (m_doc->isModified() && !m_timer->isActive())
        m_timer->start();
}

void Autosave::saveNow()
{
    if (!m_active || m_recoveryWaiting || !m_doc->isModified())
        return;
    const QDir dir(folder());
    writeAtomically(dir.filePath(QLatin1String(kPathName)), m_doc->filePath().toUtf8());
    writeAtomically(recoveryPath(), QByteArray::fromStdString(writeScenario(m_doc->scenario())));
}

void Autosave::removeRecovery()
{
    const QDir dir(folder());
    QFile::remove(recoveryPath());
    QFile::remove(dir.filePath(QLatin1String(kPathName)));
}

bool offerRecovery(Autosave &autosave, QWidget *parent)
{
    if (!autosave.hasRecovery())
        return false;
    const QString original = autosave.recoveredFilePath();
    bool yes = false;
    const QByteArray answer = qgetenv("SCALELAB_TEST_RESTORE");
    if (!answer.isEmpty()) {
        yes = answer == "yes";
    } else {
        const QString question =
            original.isEmpty()
                ? Autosave::tr("ScaleLab did not close normally last time. Restore the unsaved "
                               "design it was editing?")
                : Autosave::tr("ScaleLab did not close normally last time. Restore the unsaved "
                               "changes to %1?")
                      .arg(QFileInfo(original).fileName());
        yes = QMessageBox::question(parent, Autosave::tr("Restore unsaved changes"), question,
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::Yes) == QMessageBox::Yes;
    }
    if (!yes) {
        autosave.discardRecovery();
        return false;
    }
    const QString error = autosave.restore();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Autosave::tr("Cannot restore"), error);
        return false;
    }
    return true;
}

} // namespace scalelab
