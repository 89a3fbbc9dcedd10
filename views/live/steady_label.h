#pragma once

#include <QLabel>

namespace scalelab {

/// Sets the text of a label that changes with every frame (a clock, a figure) without
/// laying out its window again each time: a label whose size may change asks its layout,
/// and that layout its parent's, to run again on every setText. The label keeps a fixed
/// size that only grows, so once it holds its widest text a change repaints it alone.
inline void setSteadyText(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    const QSize want = label->sizeHint().expandedTo(label->minimumSize());
    if (label->minimumSize() != label->maximumSize() || want != label->minimumSize())
        label->setFixedSize(want);
}

} // namespace scalelab
