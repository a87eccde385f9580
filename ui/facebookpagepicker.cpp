#include "ui/facebookpagepicker.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fanout::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
}

FacebookPagePicker::FacebookPagePicker(const QList<facebook::PageChoice> &pages, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("facebookPagePicker"));
    setWindowTitle(tr("Choose Facebook Pages"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 20, 20, 16);

    auto *intro = new QLabel(tr("You manage %n Facebook Page(s). Tick the ones Fanout should connect. A Page with a "
                                "linked Instagram professional account brings that account too.",
                                nullptr, int(pages.size())),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageList"));
    m_list->setAccessibleName(tr("Facebook Pages"));
    for (const facebook::PageChoice &page : pages) {
        const QString text = page.instagramId.isEmpty() ? page.name : tr("%1 (with Instagram)").arg(page.name);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kPageIdRole, page.id);
        item->setToolTip(tr("Page id %1").arg(page.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    // QListWidget toggles a check box with Space already; Ctrl+A ticks every Page.
    auto *tickAll = new QAction(tr("Tick All Pages"), this);
    tickAll->setShortcut(QKeySequence::SelectAll);
    connect(tickAll, &QAction::triggered, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Checked);
    });
    m_list->addAction(tickAll);

    auto *buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectPagesButton"));
    m_connectButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPagesButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &FacebookPagePicker::updateConnectButton);
    m_list->setFocus();
    updateConnectButton();
}

FacebookPagePicker::~FacebookPagePicker() = default;

QStringList FacebookPagePicker::chosenPageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kPageIdRole).toString());
    }
    return ids;
}

void FacebookPagePicker::updateConnectButton()
{
    m_connectButton->setEnabled(!chosenPageIds().isEmpty());
}

} // namespace fanout::ui
