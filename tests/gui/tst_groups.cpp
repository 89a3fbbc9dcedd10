// Group boxes (private network, data center) driven like a user: created from a selection,
// dragged by the title, deleted, renamed, saved and exported; every edit one undo step.
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"
#include "common/clients_helpers.h"
#include "common/placed_component.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "scenario/scenario_io.h"
#include "window/main_window.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// A balancer, two web servers and a database; the web servers in a private network.
Scenario balancedDesign(bool withGroup)
{
    Scenario s;
    s.name = "groups";
    s.components = {at(ComponentKind::LoadBalancer, "lb", 0, 0),
                    at(ComponentKind::WebServer, "web1", 300, -120),
                    at(ComponentKind::WebServer, "web2", 300, 120),
                    at(ComponentKind::Database, "db", 600, 0)};
    s.links = {Link{"lb", "web1", 1.0, 0.5, {}}, Link{"lb", "web2", 1.0, 0.5, {}},
               Link{"web1", "db", 1.0, 0.5, {}}, Link{"web2", "db", 1.0, 0.5, {}}};
    addClients(s, "lb");
    if (withGroup)
        s.groups = {
            Group{"private", GroupKind::PrivateNetwork, "Private network", {"web1", "web2"}}};
    return s;
}

Position positionOf(const Document *doc, const char *id)
{
    const Component *c = doc->scenario().find(id);
    return c && c->position ? *c->position : Position{-1e9, -1e9};
}

QRectF cardRect(CanvasScene *scene, const char *id)
{
    const ComponentItem *card = scene->componentItem(QString::fromLatin1(id));
    return card ? card->mapRectToScene(card->cardRect()) : QRectF();
}

} // namespace

class TestGroups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tmp;

    Document *doc() { return m_window->document(); }
    CanvasScene *scene() { return m_window->scene(); }
    QWidget *viewport() { return m_window->view()->viewport(); }
    QPoint toView(const QPointF &scenePos) { return m_window->view()->mapFromScene(scenePos); }
    GroupItem *group(const char *id) { return scene()->groupItem(QString::fromLatin1(id)); }
    /// Where a hand grabs a group: the middle of its title bar, left of the kind tag.
    QPoint titleOf(const char *id)
    {
        const QRectF bar = group(id)->titleBar();
        return toView(QPointF(bar.left() + 40, bar.center().y()));
    }
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 5);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }
    void open(const Scenario &s)
    {
        m_window->openUntitled(s);
        m_window->view()->resetZoom();
        m_window->view()->centerOn(300, 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        open(balancedDesign(true));
    }

    void cleanup() { m_window.reset(); }

    void createGroupFromSelection()
    {
        open(balancedDesign(false));
        QVERIFY(scene()->groupItems().isEmpty());
        scene()->selectComponents({QStringLiteral("web2"), QStringLiteral("lb")});
        m_window->activateWindow();
        viewport()->setFocus();
        QTest::keyClick(viewport(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(1));
        const Group g = doc()->scenario().groups.front();
        QCOMPARE(g.kind, GroupKind::DataCenter);
        QCOMPARE(g.id, std::string("dc"));
        QCOMPARE(g.label, std::string("Data center 1"));
        // Members in the scenario's order, whatever the selection's order.
        QCOMPARE(g.members, (std::vector<std::string>{"lb", "web2"}));
        QCOMPARE(doc()->undoStack()->count(), 1);
        QVERIFY(validateScenario(doc()->scenario()).empty());
        GroupItem *item = group("dc");
        QVERIFY(item);
        QVERIFY(item->isSelected());
        QVERIFY(item->box().contains(cardRect(scene(), "lb")));
        QVERIFY(item->box().contains(cardRect(scene(), "web2")));
        QVERIFY(!item->box().contains(cardRect(scene(), "db")));
        QVERIFY(item->zValue() < scene()->componentItem(QStringLiteral("lb"))->zValue());

        // Ctrl+G on a second selection: a private network with its own id and address.
        scene()->selectComponents({QStringLiteral("web1")});
        QTest::keyClick(viewport(), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(2));
        QCOMPARE(doc()->scenario().groups[1].id, std::string("net"));
        QCOMPARE(doc()->scenario().groups[1].label, std::string("Private network 10.0.0.0/24"));

        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(doc()->scenario().groups.empty());
        QVERIFY(scene()->groupItems().isEmpty());
        doc()->undoStack()->redo();
        QCOMPARE(doc()->scenario().groups.front(), g);
        QVERIFY(group("dc"));
    }

    void rebuildingTheCanvasNeverListsDeletedItems()
    {
        // A selected item announces selectionChanged from its destructor; the window's
        // slots then walk the scene's lists. Those lists must hold only living items
        // (before the fix they still held the item being destroyed: a use after free).
        int stale = 0;
        int announcements = 0;
        auto check = [&] {
            ++announcements;
            const QList<QGraphicsItem *> alive = scene()->items();
            for (GroupItem *g : scene()->groupItems())
                stale += alive.contains(g) ? 0 : 1;
            for (LinkItem *l : scene()->linkItems())
                stale += alive.contains(l) ? 0 : 1;
            for (ComponentItem *c : scene()->componentItems())
                stale += alive.contains(c) ? 0 : 1;
        };
        const QMetaObject::Connection connection =
            connect(scene(), &QGraphicsScene::selectionChanged, this, check);
        const auto selectAll = [this] {
            for (QGraphicsItem *item : scene()->items())
                if (item->flags() & QGraphicsItem::ItemIsSelectable)
                    item->setSelected(true);
        };
        selectAll();
        scene()->syncGroups(doc()->scenario().groups);
        selectAll();
        scene()->syncLinks(doc()->scenario().links);
        selectAll();
        scene()->syncAll(doc()->scenario());
        disconnect(connection);
        QVERIFY(announcements > 3);
        QCOMPARE(stale, 0);
    }

    void nothingSelectedMakesNoGroup()
    {
        scene()->clearSelection();
        m_window->groupSelection(GroupKind::PrivateNetwork);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(1));
    }

    void draggingTheTitleMovesTheMembers()
    {
        const QRectF before = group("private")->box();
        drag(titleOf("private"), titleOf("private") + QPoint(100, 60));
        QCOMPARE(positionOf(doc(), "web1"), (Position{400, -60}));
        QCOMPARE(positionOf(doc(), "web2"), (Position{400, 180}));
        QCOMPARE(positionOf(doc(), "lb"), (Position{0, 0}));
        QCOMPARE(positionOf(doc(), "db"), (Position{600, 0}));
        QCOMPARE(doc()->undoStack()->count(), 1); // one drag, one step
        QVERIFY(group("private")->isSelected());
        QCOMPARE(group("private")->box(), before.translated(100, 60));

        doc()->undoStack()->undo();
        QCOMPARE(positionOf(doc(), "web1"), (Position{300, -120}));
        QCOMPARE(positionOf(doc(), "web2"), (Position{300, 120}));
        QCOMPARE(group("private")->box(), before);
    }

    void clickingTheBodyDoesNotGrabTheGroup()
    {
        // Inside the box but on no card: the canvas (rubber band), not the group.
        const QRectF box = group("private")->box();
        const QPoint inside = toView(QPointF(box.center().x(), box.center().y()));
        drag(inside, inside + QPoint(80, 0));
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY(!group("private")->isSelected());
    }

    void deletingAMemberLeavesTheGroup()
    {
        const std::string original = writeScenario(doc()->scenario());
        scene()->selectComponents({QStringLiteral("web1")});
        m_window->deleteSelection();
        QVERIFY(!doc()->scenario().find("web1"));
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(1));
        QCOMPARE(doc()->scenario().groups[0].members, (std::vector<std::string>{"web2"}));
        QCOMPARE(group("private")->members(), QStringList{QStringLiteral("web2")});
        QVERIFY(validateScenario(doc()->scenario()).empty());
        QCOMPARE(doc()->undoStack()->count(), 1);

        // The last member gone: the group goes with it, in the same step.
        scene()->selectComponents({QStringLiteral("web2")});
        m_window->deleteSelection();
        QVERIFY(doc()->scenario().groups.empty());
        QVERIFY(!group("private"));
        QVERIFY(validateScenario(doc()->scenario()).empty());

        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().groups[0].members, (std::vector<std::string>{"web2"}));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().groups[0].members, (std::vector<std::string>{"web1", "web2"}));
        QVERIFY(group("private")->box().contains(cardRect(scene(), "web1")));
        QCOMPARE(writeScenario(doc()->scenario()), original);
    }

    void deletingASelectedGroupKeepsItsMembers()
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, titleOf("private"));
        QCOMPARE(scene()->selectedGroupIds(), QStringList{QStringLiteral("private")});
        QVERIFY(scene()->selectedComponentIds().isEmpty());
        m_window->deleteSelection();
        QVERIFY(doc()->scenario().groups.empty());
        QCOMPARE(doc()->scenario().components.size(), std::size_t(5)); // with the users
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(1));
        QVERIFY(group("private"));
    }

    void ungroupAndUndo()
    {
        const Group original = doc()->scenario().groups.front();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, titleOf("private"));
        m_window->activateWindow();
        viewport()->setFocus();
        QTest::keyClick(viewport(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(doc()->scenario().groups.empty());
        QVERIFY(scene()->groupItems().isEmpty());
        QCOMPARE(doc()->scenario().components.size(), std::size_t(5)); // with the users
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().groups.size(), std::size_t(1));
        QCOMPARE(doc()->scenario().groups.front(), original);
    }

    void renameByDoubleClickAndUndo()
    {
        QSignalSpy asked(scene(), &CanvasScene::groupRenameRequested);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, titleOf("private"));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.front().front().toString(), QStringLiteral("private"));
        QCOMPARE(doc()->undoStack()->count(), 0); // a double-click moves nothing

        m_window->renameGroup(QStringLiteral("private"), QStringLiteral(" Web tier 10.0.0.0/24 "));
        QCOMPARE(doc()->scenario().groups[0].label, std::string("Web tier 10.0.0.0/24"));
        QCOMPARE(group("private")->title(), QStringLiteral("Web tier 10.0.0.0/24"));
        m_window->renameGroup(QStringLiteral("private"), QStringLiteral("Web tier 10.0.0.0/24"));
        QCOMPARE(doc()->undoStack()->count(), 1); // no change, no step
        doc()->undoStack()->undo();
        QCOMPARE(group("private")->title(), QStringLiteral("Private network"));
    }

    void renamingAComponentRenamesTheMember()
    {
        Component web1 = *doc()->scenario().find("web1");
        web1.id = "app1";
        doc()->undoStack()->push(new ChangeComponentCommand(doc(), QStringLiteral("web1"), web1));
        QCOMPARE(doc()->scenario().groups[0].members, (std::vector<std::string>{"app1", "web2"}));
        QVERIFY(validateScenario(doc()->scenario()).empty());
        QVERIFY(group("private")->box().contains(cardRect(scene(), "app1")));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().groups[0].members, (std::vector<std::string>{"web1", "web2"}));
    }

    void nestedGroupsDoNotShareEdges()
    {
        scene()->selectComponents(
            {QStringLiteral("lb"), QStringLiteral("web1"), QStringLiteral("web2")});
        m_window->groupSelection(GroupKind::DataCenter);
        const QRectF inner = group("private")->box();
        const QRectF outer = group("dc")->box();
        QVERIFY(outer.contains(inner));
        QVERIFY(inner.top() - outer.top() >= GroupItem::kPadding);
        QVERIFY(outer.right() - inner.right() >= GroupItem::kPadding);
        QVERIFY(outer.bottom() - inner.bottom() >= GroupItem::kPadding);
        QVERIFY(group("dc")->zValue() < group("private")->zValue());
        // The inner title still grabs the inner group.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, titleOf("private"));
        QCOMPARE(scene()->selectedGroupIds(), QStringList{QStringLiteral("private")});
    }

    void saveAndOpenKeepGroups()
    {
        const QString path = m_tmp.filePath(QStringLiteral("groups.yaml"));
        QCOMPARE(m_window->saveFile(path), QString());
        const Scenario saved = doc()->scenario();
        open(balancedDesign(false));
        QVERIFY(scene()->groupItems().isEmpty());
        QCOMPARE(m_window->openFile(path), QString());
        QCOMPARE(doc()->scenario(), saved);
        QVERIFY(group("private"));
        QVERIFY(group("private")->box().contains(cardRect(scene(), "web2")));
    }

    void exportedPngShowsTheGroupBox()
    {
        // A data center at the top left of the design: its box is the edge of the diagram.
        Scenario s = balancedDesign(true);
        s.groups.push_back(Group{"dc", GroupKind::DataCenter, "Data center", {"lb"}});
        open(s);
        const QString png = m_tmp.filePath(QStringLiteral("groups.png"));
        QCOMPARE(m_window->exportDiagram(png), QString());
        QImage image(png);
        QVERIFY(!image.isNull());
        const QRectF diagram = scene()->diagramRect();
        for (const char *id : {"private", "dc"})
            QVERIFY(diagram.contains(group(id)->box()));
        // PNG pixels from scene coordinates: 32 px margin, 2x scale (DiagramRenderer defaults).
        const QPointF origin = diagram.topLeft() - QPointF(32, 32);
        for (const char *id : {"private", "dc"}) {
            const QRectF bar = group(id)->titleBar();
            const QRect pixels((bar.topLeft() - origin).toPoint() * 2,
                               (bar.bottomRight() - origin).toPoint() * 2);
            QVERIFY(image.rect().contains(pixels));
            int tinted = 0, dark = 0, total = 0;
            for (int y = pixels.top() + 6; y < pixels.bottom() - 6; y += 2) {
                for (int x = pixels.left() + 20; x < pixels.right() - 20; x += 2) {
                    const QColor c = image.pixelColor(x, y);
                    ++total;
                    tinted += c != QColor(Qt::white);
                    dark += c.lightness() < 150;
                }
            }
            QVERIFY2(tinted > total * 3 / 4, id); // the box's fill, not the background
            QVERIFY2(dark > 30, id);              // the title's letters
        }
    }
};

QTEST_MAIN(TestGroups)
#include "tst_groups.moc"
