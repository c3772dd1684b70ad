using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Contracts;

namespace Cpic.Platforms.Domain;

/// <summary>The Platforms module's code lists with their labels (<see cref="CodeLabels"/>), served at <c>/api/v1/platforms/codes/{list}</c>.</summary>
internal static class PlatformCodes
{
    public static readonly CodeSet ActorTypes = new("actor-types", [.. NetworkCodes.ActorTypes.Select(Item)]);

    /// <summary>Themes of agenda items and of actors' expertise, from the Liberec centre's coordination work.</summary>
    public static readonly CodeSet Themes = new("themes",
    [
        new("aliens-act-amendment", "Novela zákona o pobytu cizinců", "Aliens act amendments",
            "Зміни до закону про перебування іноземців", "Поправки к закону о пребывании иностранцев", "Sửa đổi luật cư trú của người nước ngoài"),
        new("labour-inspection", "Inspektorát práce", "Labour inspection",
            "Інспекція праці", "Инспекция труда", "Thanh tra lao động"),
        new("illegal-migration", "Nelegální migrace", "Illegal migration",
            "Нелегальна міграція", "Нелегальная миграция", "Di cư bất hợp pháp"),
        new("education-system", "Vzdělávací systém a jeho problematika", "Education system",
            "Система освіти", "Система образования", "Hệ thống giáo dục"),
        new("human-trafficking", "Obchodování s lidmi", "Human trafficking",
            "Торгівля людьми", "Торговля людьми", "Mua bán người"),
        new("foreigners-in-region", "Situace cizinců v kraji", "Situation of foreigners in the region",
            "Становище іноземців у краї", "Положение иностранцев в крае", "Tình hình người nước ngoài trong vùng"),
        new("agency-employment", "Agenturní zaměstnávání", "Agency employment",
            "Працевлаштування через агентства", "Трудоустройство через агентства", "Việc làm qua công ty môi giới"),
        new("temporary-protection", "Dočasná ochrana", "Temporary protection",
            "Тимчасовий захист", "Временная защита", "Bảo vệ tạm thời"),
        new("housing", "Bydlení", "Housing",
            "Житло", "Жильё", "Nhà ở"),
        new("health-care", "Zdravotní péče", "Health care",
            "Медична допомога", "Медицинская помощь", "Chăm sóc sức khỏe"),
        new("other", "Jiné", "Other",
            "Інше", "Другое", "Khác"),
    ]);

    public static readonly CodeSet BodyKinds = new("body-kinds", [.. NetworkCodes.BodyKinds.Select(Item)]);

    public static readonly CodeSet Seats = new("seats",
    [
        new("chair", "Předseda", "Chair",
            "Голова", "Председатель", "Chủ tịch"),
        new("member", "Člen", "Member",
            "Член", "Член", "Thành viên"),
        new("guest", "Host", "Guest",
            "Гість", "Гость", "Khách mời"),
    ]);

    public static readonly CodeSet RelationTypes = new("relation-types",
    [
        new("parent-body", "Nadřízený orgán", "Parent body",
            "Вищий орган", "Вышестоящий орган", "Cơ quan cấp trên"),
        new("branch", "Pobočka", "Branch",
            "Філія", "Филиал", "Chi nhánh"),
        new("partner", "Partner", "Partner",
            "Партнер", "Партнёр", "Đối tác"),
    ]);

    public static readonly CodeSet ConsentPurposes = new("consent-purposes",
    [
        new("invitations", "Pozvánky na setkání", "Meeting invitations",
            "Запрошення на зустрічі", "Приглашения на встречи", "Thư mời họp"),
        new("newsletters", "Informační zpravodaj", "Newsletters",
            "Інформаційний бюлетень", "Информационный бюллетень", "Bản tin"),
    ]);

    public static readonly CodeSet Presence = new("presence",
    [
        new("present", "Přítomen", "Present",
            "Присутній", "Присутствует", "Có mặt"),
        new("excused", "Omluven", "Excused",
            "Відсутній з поважної причини", "Отсутствует по уважительной причине", "Vắng mặt có phép"),
        new("absent", "Nepřítomen", "Absent",
            "Відсутній", "Отсутствует", "Vắng mặt"),
    ]);

    public static readonly IReadOnlyList<CodeSet> All = [ActorTypes, Themes, BodyKinds, Seats, RelationTypes, ConsentPurposes, Presence];

    private static CodeLabels Item(NetworkCode code) => new(code.Code, code.Cs, code.En, code.Uk, code.Ru, code.Vi);
}

/// <summary>A named code list; <see cref="Contains"/> checks a code, <see cref="OneOf"/> says which codes exist.</summary>
internal sealed class CodeSet(string name, IReadOnlyList<CodeLabels> labels)
{
    public CodeList<CodeListItem> List { get; } = CodeList.Of(name, labels);

    public string Name => List.Name;
    public IReadOnlyList<CodeListItem> Items => List.Items;

    public bool Contains(string? code) => List.Contains(code);

    public string OneOf(string field) => $"{field} is a code from /api/v1/platforms/codes/{Name}.";
}
