#include "ReportModel.h"

#include "FormIndicators.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dc {

namespace {

const QLatin1String formatName("dialogcivic-report-model/1");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QString ReportModelItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Section:
        return QStringLiteral("section");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

std::optional<ReportModelItem::Kind> ReportModelItem::kindNamed(const QString &name)
{
    for (Kind k : {Kind::Section, Kind::Number, Kind::Percent, Kind::Text, Kind::Choice}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

Result<ReportModel> ReportModel::parse(const QByteArray &json, const QString &fileName)
{
    using R = Result<ReportModel>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1: not a model of the report: %2 at character %3.")
                              .arg(fileName, error.errorString())
                              .arg(error.offset));
    const QJsonObject root = doc.object();
    if (str(root, "format") != formatName)
        return R::failure(tr("%1: not a model of the report (the \"format\" must be \"%2\").")
                              .arg(fileName, formatName));

    ReportModel model;
    model.id = str(root, "id");
    model.name = str(root, "name");
    model.note = str(root, "note");
    model.validFrom = root.value(QLatin1String("validFrom")).toInt();
    if (model.id.isEmpty() || model.name.isEmpty())
        return R::failure(tr("%1: the model needs an \"id\" and a \"name\".").arg(fileName));
    if (model.validFrom < 2003 || model.validFrom > 2100)
        return R::failure(
            tr("%1: \"validFrom\" must be a year from 2003 (Law 52/2003) on.").arg(fileName));

    QSet<QString> seen;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        ReportModelItem item;
        item.code = str(o, "code");
        const QString where = item.code.isEmpty() ? tr("item %1").arg(i + 1)
                                                  : tr("item %1 (%2)").arg(i + 1).arg(item.code);
        const auto kind = ReportModelItem::kindNamed(str(o, "kind"));
        if (!kind)
            return R::failure(
                tr("%1: %2: the kind must be section, number, percent, text or choice.")
                    .arg(fileName, where));
        item.kind = *kind;
        item.numbering = str(o, "numbering");
        item.printed = str(o, "printed");
        item.label = str(o, "label");
        item.parent = str(o, "parent");
        item.toCheck = o.value(QLatin1String("toCheck")).toBool();
        if (item.code.isEmpty() || item.label.isEmpty())
            return R::failure(
                tr("%1: %2: every item needs a code and a label.").arg(fileName, where));
        if (seen.contains(item.code))
            return R::failure(tr("%1: %2: the code is used twice.").arg(fileName, where));
        if (item.kind != ReportModelItem::Kind::Section) {
            const FormIndicator *indicator = FormIndicators::find(item.code);
            if (!indicator)
                return R::failure(
                    tr("%1: %2: unknown code; the codes are those of the report (A1 … D2).")
                        .arg(fileName, where));
            const bool matches =
                (indicator->kind == FigureKind::Count &&
                 item.kind == ReportModelItem::Kind::Number) ||
                (indicator->kind == FigureKind::Percent &&
                 item.kind == ReportModelItem::Kind::Percent) ||
                (indicator->kind == FigureKind::Text && item.kind == ReportModelItem::Kind::Text) ||
                (indicator->kind == FigureKind::Choice &&
                 item.kind == ReportModelItem::Kind::Choice);
            if (!matches)
                return R::failure(
                    tr("%1: %2: the kind does not fit the code (%3 is not a %4).")
                        .arg(fileName, where, item.code, ReportModelItem::kindName(item.kind)));
            if (item.numbering.isEmpty())
                return R::failure(
                    tr("%1: %2: the item needs its numbering on the form.").arg(fileName, where));
            if (!item.parent.isEmpty() && !seen.contains(item.parent))
                return R::failure(tr("%1: %2: the parent %3 must come before the item.")
                                      .arg(fileName, where, item.parent));
        }
        if (item.kind == ReportModelItem::Kind::Percent) {
            item.numerator = str(o, "numerator");
            item.denominator = str(o, "denominator");
            if (!seen.contains(item.numerator) || !seen.contains(item.denominator))
                return R::failure(tr("%1: %2: a percentage needs its numerator and denominator "
                                     "among the items before it.")
                                      .arg(fileName, where));
        }
        if (item.kind == ReportModelItem::Kind::Choice) {
            const QStringList keys = FormIndicators::evaluationKeys();
            for (const QJsonValue &c : o.value(QLatin1String("choices")).toArray()) {
                const ReportModelItem::Choice choice{str(c.toObject(), "key"),
                                                     str(c.toObject(), "label")};
                if (!keys.contains(choice.key) || choice.label.isEmpty())
                    return R::failure(tr("%1: %2: each choice needs a key (%3) and a label.")
                                          .arg(fileName, where, keys.join(QLatin1String(", "))));
                item.choices << choice;
            }
            if (item.choices.isEmpty())
                return R::failure(
                    tr("%1: %2: a choice needs its list of answers.").arg(fileName, where));
        }
        seen.insert(item.code);
        model.items << item;
    }
    if (model.figures().isEmpty())
        return R::failure(tr("%1: the model has no items.").arg(fileName));
    return model;
}

QByteArray ReportModel::toJson() const
{
    QJsonArray items;
    for (const ReportModelItem &item : this->items) {
        QJsonObject o;
        o.insert(QLatin1String("code"), item.code);
        if (!item.printed.isEmpty())
            o.insert(QLatin1String("printed"), item.printed);
        if (!item.numbering.isEmpty())
            o.insert(QLatin1String("numbering"), item.numbering);
        o.insert(QLatin1String("label"), item.label);
        o.insert(QLatin1String("kind"), ReportModelItem::kindName(item.kind));
        if (!item.parent.isEmpty())
            o.insert(QLatin1String("parent"), item.parent);
        if (!item.numerator.isEmpty()) {
            o.insert(QLatin1String("numerator"), item.numerator);
            o.insert(QLatin1String("denominator"), item.denominator);
        }
        if (!item.choices.isEmpty()) {
            QJsonArray choices;
            for (const ReportModelItem::Choice &c : item.choices)
                choices.append(
                    QJsonObject{{QLatin1String("key"), c.key}, {QLatin1String("label"), c.label}});
            o.insert(QLatin1String("choices"), choices);
        }
        if (item.toCheck)
            o.insert(QLatin1String("toCheck"), true);
        items.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), formatName);
    root.insert(QLatin1String("id"), id);
    root.insert(QLatin1String("name"), name);
    root.insert(QLatin1String("validFrom"), validFrom);
    if (!note.isEmpty())
        root.insert(QLatin1String("note"), note);
    root.insert(QLatin1String("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const ReportModelItem *ReportModel::item(const QString &code) const
{
    for (const ReportModelItem &i : items) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QList<ReportModelItem> ReportModel::figures() const
{
    QList<ReportModelItem> result;
    for (const ReportModelItem &i : items) {
        if (i.isFigure())
            result << i;
    }
    return result;
}

bool ReportModel::printsCodes() const
{
    for (const ReportModelItem &i : items) {
        if (!i.printed.isEmpty())
            return true;
    }
    return false;
}

const QList<ReportModel> &ReportModel::builtInModels()
{
    static const QList<ReportModel> models = [] {
        QList<ReportModel> list;
        for (const char *file :
             {":/reportmodels/raport-anual-coduri.json", ":/reportmodels/anexa-20.json"}) {
            QFile f{QLatin1String(file)};
            if (!f.open(QIODevice::ReadOnly))
                qFatal("the built-in report model %s is missing", file);
            Result<ReportModel> model = parse(f.readAll(), QLatin1String(file));
            if (!model)
                qFatal("the built-in report model is invalid: %s", qPrintable(model.error()));
            model->builtIn = true;
            list << std::move(model).value();
        }
        return list;
    }();
    return models;
}

} // namespace dc
