using Cpic.BuildingBlocks.Reference;

namespace Cpic.Clients.Domain;

/// <summary>
/// Closed code lists of the module (strings, so that an unknown value is a 422, not a 400), with their labels, served at
/// <c>/api/v1/clients/codes/{list}</c>.
/// </summary>
internal static class ClientCodeLists
{
    public static readonly CodeList<CodeListItem> Sexes = CodeList.Of("sexes",
    [
        new("female", "žena", "Female", "Жінка", "Женщина", "Nữ"),
        new("male", "muž", "Male", "Чоловік", "Мужчина", "Nam"),
        new("other", "jiné", "Other", "Інше", "Другое", "Khác"),
    ]);

    /// <summary>Consent purposes (účel souhlasu).</summary>
    public static readonly CodeList<CodeListItem> ConsentPurposes = CodeList.Of("consent-purposes",
    [
        new("service-delivery", "poskytování služeb", "Service delivery", "Надання послуг", "Предоставление услуг",
            "Cung cấp dịch vụ"),
        new("statistics", "statistika", "Statistics", "Статистика", "Статистика", "Thống kê"),
        new("contact-for-events", "kontaktování kvůli akcím", "Contact about events", "Зв'язок щодо заходів",
            "Связь по поводу мероприятий", "Liên hệ về các sự kiện"),
        new("photo", "fotografie", "Photographs", "Фотографії", "Фотографии", "Chụp ảnh"),
    ]);

    /// <summary>The codes of a list, for validation messages.</summary>
    public static string Codes(CodeList<CodeListItem> list) => string.Join(", ", list.Items.Select(i => i.Code));
}
