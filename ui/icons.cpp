#include "icons.h"

#include <QIcon>

namespace amtsdesk::ui {

void installIconTheme()
{
    const QString system = QIcon::themeName();
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
    if (!system.isEmpty() && system != QStringLiteral("amtsdesk"))
        QIcon::setFallbackThemeName(system);
    QIcon::setThemeName(QStringLiteral("amtsdesk"));
}

} // namespace amtsdesk::ui
