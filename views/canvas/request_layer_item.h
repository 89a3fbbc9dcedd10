#pragma once

#include "canvas/link_route.h"
#include "sim/frame.h"

#include <QGraphicsItem>
#include <QImage>

#include <array>
#include <memory>
#include <vector>

namespace scalelab {

/// All requests in flight, drawn by one item: each frame's dots are placed along their
/// link's routed path by the length travelled and blitted from a pre-rendered sprite per request
/// kind, and recent failures are drawn as red sprites at the failing component, fading with age.
/// One item instead of one per request keeps tens of thousands of dots cheap (STYLE habit 8).
/// Passive: it is given geometry and frames, it never touches the scenario.
class RequestLayerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 20 };
    /// Above the cards (1) and the live overlay (2), so dots stay visible on a failed card.
    static constexpr qreal kZValue = 3;
    /// Sprite diameter in device pixels: dots keep their size when the canvas zooms.
    static constexpr int kDotSize = 9;
    /// Failures older than this (simulated seconds) are fully faded.
    static constexpr float kFailureFadeS = 2.0f;

    explicit RequestLayerItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    /// The links' drawn paths (scene coordinates, in frame link order: from -> to) and the
    /// centres of the components (frame component order). Call again when the design
    /// moves or changes; frames with indices beyond these are drawn partially.
    void setGeometry(const std::vector<LinkPath> &links, std::vector<QPointF> componentCenters);
    /// The frame to draw; nullptr clears the layer.
    void setFrame(std::shared_ptr<const Frame> frame);
    const std::shared_ptr<const Frame> &frame() const { return m_frame; }

    /// Scene position of a dot at `progress` (0..1) of the length of link `link`.
    QPointF dotPosition(std::uint32_t link, float progress) const;
    /// Scene position of the index-th failure of a frame at `component`: a ring around
    /// the component's centre, leaving the middle free for the DOWN plate.
    QPointF failurePosition(std::size_t index, std::uint32_t component) const;
    /// "showing N of M requests" when the frame carries a sample, else empty.
    QString sampleLabel() const;

    static QColor kindColor(RequestKind kind);
    static QColor failureColor();
    /// The colour of a mark at a component (FailureFrame::mark): a failure red, a stale
    /// read amber, a lost write dark red.
    static QColor markColor(std::uint8_t mark);
    static constexpr int kMarkKinds = 4;
    /// A request's dot as drawn at device pixel ratio `dpr`: filled in its kind's colour
    /// on its way, a thick ring round a pale middle as an answer going back.
    static QImage requestSprite(RequestKind kind, bool answer, qreal dpr);
    /// A mark's dot at a component, `alpha` for its fading.
    static QImage markSprite(std::uint8_t mark, qreal dpr, qreal alpha = 1.0);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static constexpr int kFadeLevels = 8;
    /// Where one link's points and lengths lie in the flat arrays below.
    struct Span {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };

    void updateBounds();
    void ensureSprites(qreal dpr);
    /// The point `progress` of the way along a link, by length; `points` is m_points or
    /// m_devicePoints.
    QPointF along(const std::vector<QPointF> &points, const Span &span, float progress) const;
    QRectF labelRect() const;

    /// Every link's path in one flat array each, so a frame's dots need no allocation:
    /// the points (scene coordinates), their distance from their link's start, and the
    /// points mapped to the device, refreshed at each paint.
    std::vector<Span> m_spans;
    std::vector<QPointF> m_points;
    std::vector<qreal> m_lengths;
    std::vector<QPointF> m_devicePoints;
    QRectF m_linksRect;
    std::vector<QPointF> m_centers;
    std::shared_ptr<const Frame> m_frame;
    QRectF m_bounds;
    qreal m_spriteDpr = 0;
    std::array<QImage, kRequestKindCount> m_kindSprites;
    std::array<QImage, kRequestKindCount> m_answerSprites; ///< answers going back
    /// Per mark kind, most opaque first.
    std::array<std::array<QImage, kFadeLevels>, kMarkKinds> m_failureSprites;
};

} // namespace scalelab
