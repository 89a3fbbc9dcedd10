#include "document/document.h"

#include "document/checked_command.h"

#include "scenario/scenario_io.h"

#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace scalelab {

Document::Document(QObject *parent) : QObject(parent) {}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_scenario.name.empty())
        return QString::fromStdString(m_scenario.name);
    return tr("Untitled");
}

void Document::reset(const Scenario &scenario, const QString &filePath)
{
    m_undoStack.clear();
    m_scenario = scenario;
    m_filePath = filePath;
    m_undoStack.setClean();
    emit scenarioReset();
    emit filePathChanged();
}

QString Document::load(const QString &path)
{
    // A design saved half-done opens again; the run says what it still lacks.
    const LoadResult result = loadScenarioFile(path.toStdString(), Completeness::Part);
    if (!result.ok())
        return QString::fromStdString(result.message());
    reset(*result.scenario, QFileInfo(path).absoluteFilePath());
    return {};
}

QString Document::save(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const std::string text = writeScenario(m_scenario);
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_undoStack.setClean();
    emit filePathChanged();
    return {};
}

QString Document::pushChecked(QUndoCommand *edit)
{
    QString refusal;
    m_undoStack.push(new CheckedCommand(this, edit, &refusal));
    return refusal;
}

QString Document::uniqueId(const QString &stem) const
{
    // Numbered from 1 (web1, web2 ...), as the kinds' traits promise: a lone "web" would
    // leave the second server looking like the first one's copy.
    const QString base = stem.isEmpty() ? QStringLiteral("c") : stem;
    for (int n = 1;; ++n) {
        const QString candidate = base + QString::number(n);
        if (m_scenario.indexOf(candidate.toStdString()) < 0)
            return candidate;
    }
}

void Document::insertComponent(int index, const Component &c)
{
    auto &v = m_scenario.components;
    const auto at = std::clamp<qsizetype>(index, 0, static_cast<qsizetype>(v.size()));
    v.insert(v.begin() + at, c);
    emit componentAdded(QString::fromStdString(c.id));
}

Component Document::removeComponent(const QString &id)
{
    const int i = m_scenario.indexOf(id.toStdString());
    Q_ASSERT(i >= 0);
    Component c = m_scenario.components[static_cast<std::size_t>(i)];
    m_scenario.components.erase(m_scenario.components.begin() + i);
    emit componentRemoved(id);
    return c;
}

void Document::replaceComponent(const QString &id, const Component &c)
{
    Component *target = m_scenario.find(id.toStdString());
    Q_ASSERT(target);
    *target = c;
    const QString newId = QString::fromStdString(c.id);
    if (newId != id) {
        // A rename is a remove and an add for the views, which key items by id.
        emit componentRemoved(id);
        emit componentAdded(newId);
    } else {
        emit componentChanged(id);
    }
}

void Document::insertLink(int index, const Link &link)
{
    auto &v = m_scenario.links;
    const auto at = std::clamp<qsizetype>(index, 0, static_cast<qsizetype>(v.size()));
    v.insert(v.begin() + at, link);
    emit linksChanged();
}

Link Document::removeLink(int index)
{
    Q_ASSERT(index >= 0 && index < static_cast<int>(m_scenario.links.size()));
    Link l = m_scenario.links[static_cast<std::size_t>(index)];
    m_scenario.links.erase(m_scenario.links.begin() + index);
    emit linksChanged();
    return l;
}

void Document::replaceLink(int index, const Link &link)
{
    Q_ASSERT(index >= 0 && index < static_cast<int>(m_scenario.links.size()));
    m_scenario.links[static_cast<std::size_t>(index)] = link;
    emit linksChanged();
}

void Document::setRunSettings(const RunSettings &r)
{
    m_scenario.run = r;
    emit settingsChanged();
}

void Document::setSlo(const std::optional<Slo> &slo)
{
    m_scenario.slo = slo;
    emit settingsChanged();
}

void Document::setName(const std::string &name)
{
    m_scenario.name = name;
    emit settingsChanged();
}

void Document::setGroups(const std::vector<Group> &groups)
{
    m_scenario.groups = groups;
    emit groupsChanged();
}

void Document::setRegionLatencies(const std::vector<RegionLatency> &table)
{
    m_scenario.region_latency = table;
    emit regionLatenciesChanged();
}

Scenario builtInExample()
{
    // Written as a scenario file would be, so it reads like one (and is checked like one).
    static const char *kExample = R"(scalelab: 1
name: Load balancer with two web servers
description: Users reach a load balancer that spreads requests over two web servers sharing one database.
components:
  - {id: users, kind: clients, rate_rps: 100, position: {x: -260, y: 0}}
  - {id: lb, kind: load_balancer, position: {x: 0, y: 0}}
  - {id: web1, kind: web_server, position: {x: 260, y: -80}}
  - {id: web2, kind: web_server, position: {x: 260, y: 80}}
  - {id: db, kind: database, position: {x: 520, y: 0}}
links:
  - {from: users, to: lb, latency_ms: 0}
  - {from: lb, to: web1}
  - {from: lb, to: web2}
  - {from: web1, to: db}
  - {from: web2, to: db}
)";
    const LoadResult r = parseScenario(kExample, "built-in example");
    return r.ok() ? *r.scenario : Scenario{};
}

} // namespace scalelab
