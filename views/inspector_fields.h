#pragma once

// Building blocks shared by the inspector pages: spin boxes with units and the model's
// ranges, and "committed edit" hooks. A committed edit is Enter or focus leaving a field
// whose value differs from what was last shown, so one edit makes exactly one signal
// (one undo step) and refilling a field never makes one.

#include <QString>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace scalelab {

/// Ranges the inspector allows. They mirror validateScenario(): what the validator refuses
/// cannot be typed; the upper bounds only keep a typo from making an absurd design.
namespace limits {
inline constexpr int kMaxWorkers = 100000;
inline constexpr int kMaxCapacity = 10000000;
inline constexpr double kMinTimeMs = 0.001; ///< durations that must be positive
inline constexpr double kMaxTimeMs = 3600.0 * 1000.0;
inline constexpr double kMinSpeed = 0.01;
inline constexpr double kMaxSpeed = 1000.0;
inline constexpr double kMaxCostPerHour = 100000.0;
inline constexpr double kMaxTtlS = 7.0 * 24 * 3600;
inline constexpr double kMaxIntervalS = 3600.0;
inline constexpr int kMaxChecks = 100;
inline constexpr double kMaxCv = 100.0;
inline constexpr int kMaxErlangK = 1000;
inline constexpr double kMaxLatencyMs = 60000.0;
inline constexpr double kMaxRateRps = 1.0e8;
inline constexpr int kMaxUsers = 1000000000;
inline constexpr double kMinDurationS = 1.0;
inline constexpr double kMaxDurationS = 30.0 * 24 * 3600;
inline constexpr double kMaxShare = 1.0e6;
} // namespace limits

/// A spin box that reports only finished edits (keyboard tracking off).
QSpinBox *makeIntSpin(int min, int max, const QString &suffix, const QString &objectName);
QDoubleSpinBox *makeDoubleSpin(double min, double max, int decimals, const QString &suffix,
                               const QString &objectName);

/// Adds a row whose label and field both carry the tooltip, so hovering either explains it.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tooltip);

/// Sets a field's value without it counting as an edit.
void showValue(QSpinBox *spin, int value);
void showValue(QDoubleSpinBox *spin, double value);
void showValue(QLineEdit *edit, const QString &text);
void showValue(QCheckBox *box, bool checked);
void showValue(QComboBox *combo, int index);

/// Calls onCommit with the new value when the user finishes an edit that changed the value.
void onCommitted(QSpinBox *spin, std::function<void(int)> onCommit);
void onCommitted(QDoubleSpinBox *spin, std::function<void(double)> onCommit);
void onCommitted(QLineEdit *edit, std::function<void(const QString &)> onCommit);
/// Checkboxes commit on every user toggle (programmatic showValue does not count).
void onCommitted(QCheckBox *box, std::function<void(bool)> onCommit);
/// Combos commit on every change of the current index made by the user.
void onCommitted(QComboBox *combo, std::function<void(int)> onCommit);

/// A group box with a form layout inside, laid out to fit a narrow dock.
QFormLayout *makeFormGroup(QGroupBox *group);

} // namespace scalelab
