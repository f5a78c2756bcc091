// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-bench-window: the baseline of the start-up and memory rows. The smallest Qt
// Widgets program with a window of the size of Gatehouse's, built with the same flags and
// libraries; with GATEHOUSE_REPORT_FIRST_PAINT set it reports its first paint exactly as
// gatehouse does ("first-paint" on stdout once the paint finished).
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window) : QObject(window), m_window(window) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Gatehouse bench window"));
    window.resize(1100, 740);
    if (qEnvironmentVariableIsSet("GATEHOUSE_REPORT_FIRST_PAINT"))
        QCoreApplication::instance()->installEventFilter(new FirstPaintReporter(&window));
    window.show();
    return app.exec();
}
