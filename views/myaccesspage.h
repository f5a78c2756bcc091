// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

class QLabel;

namespace Gatehouse {

class DetailsPane;
class Directory;

// What a Member sees, and all they see: their own teams, the datastores they reach, the
// level and why.
class MyAccessPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyAccessPage(Directory *directory, QWidget *parent = nullptr);

    void showAccount(Id accountId);
    DetailsPane *details() const { return m_details; }

private:
    QLabel *m_intro = nullptr;
    DetailsPane *m_details = nullptr;
};

} // namespace Gatehouse
