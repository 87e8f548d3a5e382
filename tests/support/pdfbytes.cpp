#include "support/pdfbytes.h"

QByteArray buildPdf(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

QByteArray textPdf(const QList<QByteArray> &lines)
{
    QByteArray content("BT /F1 11 Tf 14 TL 56 780 Td\n");
    for (QByteArray line : lines) {
        line.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += "(" + line + ") Tj T*\n";
    }
    content += "ET";
    return buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                     "/Contents 4 0 R >>",
                     streamObject({}, content), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}
