#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace amtsdesk {

// A table for the terminal: every column as wide as its widest cell, its header included, so
// that translated headers of any length stay above their figures.
class TextTable
{
public:
    enum Align { Left, Right };
    struct Column {
        QString header;
        Align align = Left;
    };

    explicit TextTable(QList<Column> columns) : m_columns(std::move(columns)) {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }

    QString toString() const
    {
        QList<qsizetype> widths;
        QStringList headers;
        for (const Column &c : m_columns) {
            widths << c.header.size();
            headers << c.header;
        }
        for (const QStringList &row : m_rows)
            for (qsizetype i = 0; i < std::min(row.size(), widths.size()); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        QString out = line(headers, widths);
        for (const QStringList &row : m_rows)
            out += line(row, widths);
        return out;
    }

private:
    QString line(const QStringList &cells, const QList<qsizetype> &widths) const
    {
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = cells.value(i);
            if (i > 0)
                text += QStringLiteral("  ");
            text += m_columns[i].align == Right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    }

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace amtsdesk
