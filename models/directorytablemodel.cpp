// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/directorytablemodel.h"

#include "core/directory.h"

namespace Gatehouse {

DirectoryTableModel::DirectoryTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    Q_ASSERT(directory);
}

} // namespace Gatehouse
