// The diagram exports (model/export/): every component, link and group of a design is in
// each format, names are escaped for each format, the same design gives the same bytes, and
// the draw.io and Excalidraw files hold together (every edge's ends and every binding
// resolve both ways, group children parented, cards where the canvas has them). The
// formats' own tools: tst_diagram_export_tools.cpp.
#include "common/diagram_designs.h"
#include "export/diagram.h"
#include "export/diagram_formats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace scalelab;
using namespace scalelab::test;
namespace geo = diagram_geometry;

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestDiagramExport : public QObject {
    Q_OBJECT
private slots:
    void diagramHoldsEveryPartAsOnTheCanvas();
    void formatsByExtension();
    void everyFormatNamesEveryPart_data();
    void everyFormatNamesEveryPart();
    void sameDesignSameBytes();
    void mermaidEscapes();
    void plantUmlEscapes();
    void graphvizEscapes();
    void drawIoHoldsTogether();
    void excalidrawHoldsTogether();
};

void TestDiagramExport::diagramHoldsEveryPartAsOnTheCanvas()
{
    const Scenario s = nastyDesign();
    const Diagram d = buildDiagram(s);
    QCOMPARE(d.nodes.size(), s.components.size());
    QCOMPARE(d.groups.size(), s.groups.size());
    // Links, then one replication edge (db-eu copies db-us).
    QCOMPARE(d.edges.size(), s.links.size() + 1);
    QVERIFY(d.edges.back().replication);
    QCOMPARE(d.nodes[static_cast<std::size_t>(d.edges.back().to)].id, std::string("db-eu"));
    // Cards of the canvas's size, moved together: the distance between two centres is the
    // distance between their positions.
    const auto centre = [](const DiagramNode &n) {
        return std::pair(n.card.x + n.card.width / 2, n.card.y + n.card.height / 2);
    };
    const DiagramNode &a = d.nodes[0];
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        QCOMPARE(d.nodes[i].card.width, geo::kCardWidth);
        QCOMPARE(d.nodes[i].card.height, geo::kCardHeight);
        QCOMPARE(centre(d.nodes[i]).first - centre(a).first,
                 s.components[i].position->x - s.components[0].position->x);
        QCOMPARE(centre(d.nodes[i]).second - centre(a).second,
                 s.components[i].position->y - s.components[0].position->y);
        QVERIFY(d.nodes[i].card.x >= kDiagramMargin && d.nodes[i].card.right() <= d.width);
    }
    // Each group's box holds its members' cards; the private network sits in dc-us, and
    // web-us1 in the private network (the innermost group).
    for (std::size_t g = 0; g < s.groups.size(); ++g)
        for (const std::string &m : s.groups[g].members) {
            const geo::Rect card = d.nodes[static_cast<std::size_t>(s.indexOf(m))].card;
            QVERIFY(d.groups[g].box.united(card) == d.groups[g].box);
        }
    QCOMPARE(d.groups[2].parent, 0);
    QCOMPARE(d.nodes[static_cast<std::size_t>(s.indexOf("web-us1"))].group, 2);
    QCOMPARE(d.nodes[static_cast<std::size_t>(s.indexOf("db-us"))].group, 0);
    QCOMPARE(d.nodes[static_cast<std::size_t>(s.indexOf("users-us"))].group, -1);
    QCOMPARE(d.nodes[static_cast<std::size_t>(s.indexOf("db-us"))].shape, DiagramShape::Cylinder);
    QCOMPARE(d.nodes[static_cast<std::size_t>(s.indexOf("users-us"))].name,
             std::string("Users (US)"));
}

void TestDiagramExport::formatsByExtension()
{
    DiagramFormat f{};
    QVERIFY(diagramFormatFor("a/b.MMD", f) && f == DiagramFormat::Mermaid);
    QVERIFY(diagramFormatFor("x.md", f) && f == DiagramFormat::MermaidMarkdown);
    QVERIFY(diagramFormatFor("x.puml", f) && f == DiagramFormat::PlantUml);
    QVERIFY(diagramFormatFor("x.dot", f) && f == DiagramFormat::Graphviz);
    QVERIFY(diagramFormatFor("x.drawio", f) && f == DiagramFormat::DrawIo);
    QVERIFY(diagramFormatFor("x.excalidraw", f) && f == DiagramFormat::Excalidraw);
    QVERIFY(!diagramFormatFor("x.png", f));
    QVERIFY(!diagramFormatFor("dir.mmd/file", f));
}

void TestDiagramExport::everyFormatNamesEveryPart_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("componentPattern"); // %1: the component's id
    QTest::addColumn<QString>("groupPattern");
    QTest::newRow("mermaid") << int(DiagramFormat::Mermaid) << "c_%1"
                             << "subgraph g_%1 ";
    QTest::newRow("markdown") << int(DiagramFormat::MermaidMarkdown) << "c_%1"
                              << "subgraph g_%1 ";
    QTest::newRow("plantuml") << int(DiagramFormat::PlantUml) << "as c_%1 "
                              << "as g_%1 ";
    QTest::newRow("dot") << int(DiagramFormat::Graphviz) << "\"%1\" [label="
                         << "subgraph \"cluster_%1\"";
    QTest::newRow("drawio") << int(DiagramFormat::DrawIo) << "id=\"c-%1\""
                            << "id=\"g-%1\"";
    QTest::newRow("excalidraw") << int(DiagramFormat::Excalidraw) << "\"id\":\"component-%1\""
                                << "\"id\":\"group-%1\"";
}

void TestDiagramExport::everyFormatNamesEveryPart()
{
    QFETCH(int, format);
    QFETCH(QString, componentPattern);
    QFETCH(QString, groupPattern);
    const Scenario s = nastyDesign();
    const QString out = text(writeDiagram(buildDiagram(s), DiagramFormat(format)));
    const auto safe = [&](const std::string &id) {
        // The line-based formats name things by the id with '-' spelled "_h".
        QString q = text(id);
        if (componentPattern.startsWith(QLatin1String("c_")) ||
            componentPattern.startsWith(QLatin1String("as ")))
            q.replace(QLatin1Char('-'), QLatin1String("_h"));
        return q;
    };
    for (const Component &c : s.components)
        QVERIFY2(out.count(componentPattern.arg(safe(c.id))) >= 1, c.id.c_str());
    for (const Group &g : s.groups)
        QVERIFY2(out.count(groupPattern.arg(safe(g.id))) == 1, g.id.c_str());
    QVERIFY(out.contains(text(kKorean)));
    QVERIFY(out.contains(QLatin1String("Users (US)")));
    // Every link's latency label, once per link that has it (15 ms: the two geoDNS links;
    // Excalidraw keeps each text twice, as text and originalText).
    const int copies = DiagramFormat(format) == DiagramFormat::Excalidraw ? 2 : 1;
    QCOMPARE(out.count(QLatin1String("15 ms")), 2 * copies);
    QCOMPARE(out.count(QString::fromUtf8("0.5 ms \u00b7 write")), 4 * copies);
}

void TestDiagramExport::sameDesignSameBytes()
{
    const auto icon = [](const std::string &kind) { return "<svg id='" + kind + "'/>"; };
    for (const std::string &ext : diagramFormatExtensions()) {
        DiagramFormat f{};
        QVERIFY(diagramFormatFor("x." + ext, f));
        const std::string first = writeDiagram(buildDiagram(nastyDesign()), f, icon);
        const std::string second = writeDiagram(buildDiagram(nastyDesign()), f, icon);
        QVERIFY2(first == second, ext.c_str());
        QVERIFY(!first.empty());
        // Moving a card changes places, not names: the ids stay.
        Scenario moved = nastyDesign();
        moved.find("db-us")->position->x += 40;
        const std::string third = writeDiagram(buildDiagram(moved), f, icon);
        for (const char *id : {"c_db_hus", "c-db-us", "component-db-us", "\"db-us\""})
            QCOMPARE(text(first).contains(QLatin1String(id)),
                     text(third).contains(QLatin1String(id)));
    }
}

void TestDiagramExport::mermaidEscapes()
{
    const QString out = text(toMermaid(buildDiagram(nastyDesign())));
    const QString line = out.split(QLatin1Char('\n')).filter(QLatin1String("c_web_hus1[")).value(0);
    QVERIFY2(!line.isEmpty(), qPrintable(out));
    // Inside the quotes nothing that ends or marks up the label: only its own two quotes.
    QCOMPARE(line.count(QLatin1Char('"')), 2);
    QVERIFY(line.contains(QLatin1String("#quot;main#quot;")));
    QVERIFY(line.contains(QLatin1String("#124;")));
    QVERIFY(line.contains(QLatin1String("#lt;b#gt;#amp;amp; #35;1;")));
    QVERIFY(line.contains(QLatin1String("<br/>") + text(kKorean)));
    QVERIFY(!line.contains(QLatin1Char('<') + QLatin1String("b>")));
    QVERIFY(out.startsWith(QLatin1String(
        "---\ntitle: \"Stage 9: two data centers and a geoDNS\"\n---\nflowchart LR\n")));
    QVERIFY(out.contains(QLatin1String("c_db_hus[(\"db-us<br/>Database\")]")));
    QVERIFY(out.contains(QLatin1String("c_db_hus -.->|\"async replication\"| c_db_heu")));
    QCOMPARE(out.count(QLatin1String("subgraph ")),
             out.count(QRegularExpression("^\\s*end$", QRegularExpression::MultilineOption)));
    const QString md = text(toMermaidMarkdown(buildDiagram(nastyDesign())));
    QVERIFY(md.startsWith(QLatin1String("```mermaid\n---\n")) &&
            md.endsWith(QLatin1String("```\n")));
}

void TestDiagramExport::plantUmlEscapes()
{
    const QString out = text(toPlantUml(buildDiagram(nastyDesign())));
    const QString line =
        out.split(QLatin1Char('\n')).filter(QLatin1String("as c_web_hus1 ")).value(0);
    QVERIFY2(!line.isEmpty(), qPrintable(out));
    QCOMPARE(line.count(QLatin1Char('"')), 2);
    QVERIFY(line.contains(QLatin1String("<U+0022>main<U+0022>")));
    QVERIFY(line.contains(QLatin1String("<U+003C>b<U+003E>")));
    // A newline in the name is PlantUML's \n; a backslash in it is not an escape.
    QVERIFY(line.contains(QLatin1String("#1;\\n") + text(kKorean)));
    QVERIFY(line.contains(QLatin1String("<U+005C>n end")));
    // Doubled markup is broken up.
    QVERIFY(line.contains(QLatin1String("*<U+002A>x*<U+002A>")));
    QVERIFY(line.contains(QLatin1String("/<U+002F>y/<U+002F>")));
    QVERIFY(out.contains(QLatin1String("database \"db-us\\nDatabase\" as c_db_hus")));
    QVERIFY(out.contains(QLatin1String("actor \"Users (US)\\nUsers\" as c_users_hus")));
    QCOMPARE(out.count(QLatin1Char('{')), out.count(QLatin1Char('}')));
}

void TestDiagramExport::graphvizEscapes()
{
    const QString out = text(toGraphviz(buildDiagram(nastyDesign())));
    const QString line =
        out.split(QLatin1Char('\n')).filter(QLatin1String("\"web-us1\" [label=")).value(0);
    QVERIFY2(!line.isEmpty(), qPrintable(out));
    QVERIFY(line.contains(QLatin1String("Web \\\"main\\\" [1] {a} (b) | <b>&amp; #1;\\n") +
                          text(kKorean)));
    QVERIFY(line.contains(QLatin1String(" \\\\n end\\nWeb server\"")));
    QVERIFY(out.contains(
        QLatin1String("\"db-us\" -> \"db-eu\" [label=\"async replication\", style=dashed];")));
}

void TestDiagramExport::drawIoHoldsTogether()
{
    const Scenario s = nastyDesign();
    const Diagram d = buildDiagram(s);
    const std::string svg = "<svg xmlns='http://www.w3.org/2000/svg'/>";
    QXmlStreamReader xml(
        QByteArray::fromStdString(toDrawIo(d, [&svg](const std::string &) { return svg; })));
    struct Cell {
        QString parent, value, style, source, target;
        bool vertex = false, edge = false;
        double x = 0, y = 0, w = 0, h = 0;
    };
    std::map<QString, Cell> cells;
    QString current;
    bool sawModel = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto at = xml.attributes();
        if (xml.name() == QLatin1String("mxGraphModel"))
            sawModel = true;
        if (xml.name() == QLatin1String("mxCell")) {
            current = at.value(QLatin1String("id")).toString();
            QVERIFY2(!cells.count(current), qPrintable(current)); // ids unique
            Cell &c = cells[current];
            c.parent = at.value(QLatin1String("parent")).toString();
            c.value = at.value(QLatin1String("value")).toString();
            c.style = at.value(QLatin1String("style")).toString();
            c.source = at.value(QLatin1String("source")).toString();
            c.target = at.value(QLatin1String("target")).toString();
            c.vertex = at.value(QLatin1String("vertex")) == QLatin1String("1");
            c.edge = at.value(QLatin1String("edge")) == QLatin1String("1");
        } else if (xml.name() == QLatin1String("mxGeometry") && !current.isEmpty()) {
            Cell &c = cells[current];
            c.x = at.value(QLatin1String("x")).toDouble();
            c.y = at.value(QLatin1String("y")).toDouble();
            c.w = at.value(QLatin1String("width")).toDouble();
            c.h = at.value(QLatin1String("height")).toDouble();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawModel);
    // Every parent exists; the absolute place of a cell is the sum along its parents.
    const std::function<std::pair<double, double>(const QString &)> absolute =
        [&](const QString &id) -> std::pair<double, double> {
        const Cell &c = cells.at(id);
        if (c.parent.isEmpty() || c.parent == QLatin1String("0") || c.parent == QLatin1String("1"))
            return {c.x, c.y};
        const auto p = absolute(c.parent);
        return {p.first + c.x, p.second + c.y};
    };
    for (const auto &[id, c] : cells)
        QVERIFY2(id == QLatin1String("0") || cells.count(c.parent), qPrintable(id));
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode &n = d.nodes[i];
        const QString id = QStringLiteral("c-") + text(n.id);
        QVERIFY2(cells.count(id) && cells.at(id).vertex, qPrintable(id));
        const Cell &c = cells.at(id);
        QCOMPARE(c.value, text(n.name + "\n" + n.kindName));
        QCOMPARE(absolute(id), std::pair(n.card.x, n.card.y));
        QCOMPARE(c.w, n.card.width);
        QVERIFY(c.style.contains(text("strokeColor=" + hexColour(n.colour))));
        // Parented to its innermost group's container.
        QCOMPARE(c.parent, n.group < 0 ? QStringLiteral("1")
                                       : QStringLiteral("g-") +
                                             text(d.groups[static_cast<std::size_t>(n.group)].id));
        // Its icon: a child image whose data URI holds the kind's SVG.
        const Cell &icon = cells.at(QStringLiteral("i-") + text(n.id));
        QCOMPARE(icon.parent, id);
        const QString uri = icon.style.section(QLatin1String("image=data:image/svg+xml,"), 1)
                                .section(QLatin1Char(';'), 0, 0);
        QCOMPARE(QByteArray::fromBase64(uri.toLatin1()).toStdString(), svg);
    }
    for (const Group &g : s.groups)
        QVERIFY(cells.count(QStringLiteral("g-") + text(g.id)));
    QCOMPARE(cells.at(QStringLiteral("g-net-us")).parent, QStringLiteral("g-dc-us"));
    int edges = 0;
    for (const auto &[id, c] : cells) {
        if (!c.edge)
            continue;
        ++edges;
        QVERIFY2(cells.count(c.source) && cells.at(c.source).vertex, qPrintable(id));
        QVERIFY2(cells.count(c.target) && cells.at(c.target).vertex, qPrintable(id));
        const auto e = static_cast<std::size_t>(id.mid(2).toInt());
        QCOMPARE(c.value, text(d.edges[e].label));
        QCOMPARE(c.source, QStringLiteral("c-") +
                               text(d.nodes[static_cast<std::size_t>(d.edges[e].from)].id));
    }
    QCOMPARE(edges, static_cast<int>(d.edges.size()));
}

void TestDiagramExport::excalidrawHoldsTogether()
{
    const Scenario s = nastyDesign();
    const Diagram d = buildDiagram(s);
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(toExcalidraw(d)), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("excalidraw"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 2);
    std::map<QString, QJsonObject> byId;
    for (const QJsonValue &v : root.value(QLatin1String("elements")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QLatin1String("id")).toString();
        QVERIFY2(!id.isEmpty() && !byId.count(id), qPrintable(id));
        for (const char *key : {"x", "y", "width", "height", "seed", "versionNonce"})
            QVERIFY2(e.value(QLatin1String(key)).isDouble(),
                     qPrintable(id + QLatin1Char(' ') + QLatin1String(key)));
        byId[id] = e;
    }
    const auto boundIds = [](const QJsonObject &e, const char *type) {
        std::set<QString> ids;
        for (const QJsonValue &b : e.value(QLatin1String("boundElements")).toArray())
            if (b.toObject().value(QLatin1String("type")).toString() == QLatin1String(type))
                ids.insert(b.toObject().value(QLatin1String("id")).toString());
        return ids;
    };
    for (const DiagramNode &n : d.nodes) {
        const QString id = QStringLiteral("component-") + text(n.id);
        QVERIFY2(byId.count(id), qPrintable(id));
        QCOMPARE(byId[id].value(QLatin1String("x")).toDouble(), n.card.x);
        QCOMPARE(byId[id].value(QLatin1String("width")).toDouble(), n.card.width);
        // Its label is a text bound to it both ways.
        const std::set<QString> texts = boundIds(byId[id], "text");
        QCOMPARE(texts.size(), std::size_t(1));
        const QJsonObject label = byId.at(*texts.begin());
        QCOMPARE(label.value(QLatin1String("containerId")).toString(), id);
        QCOMPARE(label.value(QLatin1String("text")).toString(), text(n.name + "\n" + n.kindName));
    }
    int arrows = 0;
    for (const auto &[id, e] : byId) {
        const QString type = e.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text") && !e.value(QLatin1String("containerId")).isNull()) {
            const QString container = e.value(QLatin1String("containerId")).toString();
            QVERIFY2(byId.count(container) && boundIds(byId.at(container), "text").count(id),
                     qPrintable(id));
        }
        if (type != QLatin1String("arrow"))
            continue;
        ++arrows;
        const QJsonArray points = e.value(QLatin1String("points")).toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].toArray(), (QJsonArray{0, 0}));
        for (const char *end : {"startBinding", "endBinding"}) {
            const QString target =
                e.value(QLatin1String(end)).toObject().value(QLatin1String("elementId")).toString();
            QVERIFY2(byId.count(target), qPrintable(id + QLatin1Char(' ') + QLatin1String(end)));
            QVERIFY2(boundIds(byId.at(target), "arrow").count(id), qPrintable(target));
        }
        QCOMPARE(boundIds(e, "text").size(), std::size_t(1));
    }
    QCOMPARE(arrows, static_cast<int>(d.edges.size()));
    for (const Group &g : s.groups) {
        const QString id = QStringLiteral("group-") + text(g.id);
        QVERIFY2(byId.count(id) && byId.count(id + QStringLiteral("-title")), qPrintable(id));
    }
    QCOMPARE(byId.at(QStringLiteral("group-net-us")).value(QLatin1String("strokeStyle")).toString(),
             QStringLiteral("dashed"));
}

QTEST_APPLESS_MAIN(TestDiagramExport)
#include "tst_diagram_export.moc"
