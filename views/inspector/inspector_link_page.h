#pragma once

// The inspector page for one link: probability, latency and which request kinds travel
// it. Each committed field edit emits edited() once with the whole new link.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace scalelab {

class InspectorLinkPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectorLinkPage(QWidget *parent = nullptr);

    void showLink(const Link &link, int linkIndex);
    const Link &link() const { return m_value; }
    int linkIndex() const { return m_index; }

signals:
    void edited(int linkIndex, scalelab::Link newValue);

private:
    void commit(const Link &l);
    void kindToggled();

    Link m_value;
    int m_index = -1;
    QLabel *m_title = nullptr;
    QDoubleSpinBox *m_probability = nullptr;
    QDoubleSpinBox *m_latency = nullptr;
    QCheckBox *m_backup = nullptr;
    QCheckBox *m_kinds[kRequestKindCount] = {};
};

} // namespace scalelab
