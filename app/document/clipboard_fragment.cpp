#include "document/clipboard_fragment.h"

#include "document/document.h"
#include "scenario/scenario_io.h"

#include <QHash>
#include <QSet>

namespace scalelab {

QString idStem(ComponentKind kind)
{
    return QString::fromUtf8(traitsOf(kind).idStem.data());
}

std::string copyFragment(const Scenario &scenario, const QStringList &ids)
{
    Scenario fragment;
    fragment.name = "clipboard";
    for (const Component &c : scenario.components) {
        if (ids.contains(QString::fromStdString(c.id)))
            fragment.components.push_back(c);
    }
    for (const Link &l : scenario.links) {
        if (ids.contains(QString::fromStdString(l.from)) &&
            ids.contains(QString::fromStdString(l.to)))
            fragment.links.push_back(l);
    }
    return writeScenario(fragment);
}

std::optional<Fragment> pasteFragment(const std::string &yaml, const Document &doc,
                                      const QPointF &offset, QString *error)
{
    // A fragment is part of a design: it need not have users of its own.
    const LoadResult result = parseScenario(yaml, "clipboard", Completeness::Part);
    if (!result.ok()) {
        if (error)
            *error = QString::fromStdString(result.message());
        return std::nullopt;
    }
    Fragment out;
    QHash<QString, QString> renamed;
    QSet<QString> taken;
    for (Component c : result.scenario->components) {
        // web3 → stem "web", so a copy of web3 becomes the next free webN.
        QString stem = QString::fromStdString(c.id);
        while (!stem.isEmpty() && stem.back().isDigit())
            stem.chop(1);
        if (stem.isEmpty())
            stem = idStem(c.kind);
        // Numbered from 1, as new components are (Document::uniqueId).
        QString id;
        for (int n = 1;
             id.isEmpty() || taken.contains(id) || doc.scenario().indexOf(id.toStdString()) >= 0;
             ++n)
            id = stem + QString::number(n);
        taken.insert(id);
        renamed.insert(QString::fromStdString(c.id), id);
        c.id = id.toStdString();
        const Position p = c.position.value_or(Position{});
        c.position = Position{p.x + offset.x(), p.y + offset.y()};
        out.components.push_back(c);
    }
    for (Link l : result.scenario->links) {
        l.from = renamed.value(QString::fromStdString(l.from)).toStdString();
        l.to = renamed.value(QString::fromStdString(l.to)).toStdString();
        out.links.push_back(l);
    }
    return out;
}

} // namespace scalelab
