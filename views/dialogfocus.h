// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;

namespace Gatehouse {

// Keeps a dialog's buttons reachable with Tab. When shown, Qt 6.4's QDialogButtonBox makes
// its default button its focus proxy. While that button is disabled (OK until the form is
// valid, Create until a name is typed), Tab from the last field lands on the box, hands
// focus to the disabled button, which refuses it, and focus stays where it was: Cancel and
// everything after the fields cannot be reached from the keyboard. The buttons take focus
// on their own, so the proxy is dropped each time the dialog is shown, and Tab goes through
// the buttons in the order they appear. Call once, from the dialog's constructor.
void keepButtonsReachable(QDialog *dialog);

} // namespace Gatehouse
