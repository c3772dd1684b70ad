namespace Cpic.Platforms.Contracts;

/// <summary>
/// The codes the events carry for actor types (<c>ActorType</c>) and body kinds (<c>BodyKind</c>, besides
/// <c>bilateral</c>), with their labels, for the modules that filter by them (Monitoring's network metrics).
/// The Platforms API serves them at <c>/api/v1/platforms/codes/actor-types</c> and <c>body-kinds</c>.
/// </summary>
public static class NetworkCodes
{
    /// <summary>Types of actors (the partner organisations of a centre's network).</summary>
    public static readonly IReadOnlyList<NetworkCode> ActorTypes =
    [
        new("regional-office", "Krajský úřad", "Regional office",
            "Крайовий уряд", "Краевое управление", "Chính quyền vùng"),
        new("municipal-office", "Obecní / městský úřad, magistrát", "Municipal office",
            "Міська / муніципальна рада", "Мэрия / муниципалитет", "Chính quyền thành phố / xã"),
        new("labour-office", "Úřad práce", "Labour office",
            "Служба зайнятості", "Служба занятости", "Văn phòng lao động"),
        new("oamp", "OAMP MV", "Department for Asylum and Migration Policy (OAMP)",
            "Відділ з питань притулку та міграційної політики МВС (OAMP)", "Отдел по вопросам убежища и миграционной политики МВД (OAMP)", "Cục Tị nạn và Chính sách Di cư, Bộ Nội vụ (OAMP)"),
        new("police", "Policie ČR", "Police",
            "Поліція", "Полиция", "Cảnh sát"),
        new("foreign-police", "Cizinecká policie", "Foreign police",
            "Поліція у справах іноземців", "Полиция по делам иностранцев", "Cảnh sát ngoại kiều"),
        new("labour-inspectorate", "Oblastní inspektorát práce", "Labour inspectorate",
            "Інспекція праці", "Инспекция труда", "Thanh tra lao động"),
        new("ppp", "Pedagogicko-psychologická poradna", "Pedagogical-psychological counselling (PPP)",
            "Педагогічно-психологічна консультація (PPP)", "Педагогико-психологическая консультация (PPP)", "Trung tâm tư vấn tâm lý - sư phạm (PPP)"),
        new("npi", "Národní pedagogický institut", "National Pedagogical Institute (NPI)",
            "Національний педагогічний інститут (NPI)", "Национальный педагогический институт (NPI)", "Viện Sư phạm Quốc gia (NPI)"),
        new("kindergarten", "Mateřská škola", "Kindergarten",
            "Дитячий садок", "Детский сад", "Trường mẫu giáo"),
        new("primary-school", "Základní škola", "Primary school",
            "Основна школа", "Основная школа", "Trường tiểu học và trung học cơ sở"),
        new("secondary-school", "Střední škola", "Secondary school",
            "Середня школа", "Средняя школа", "Trường trung học phổ thông"),
        new("university", "Vysoká škola", "University",
            "Університет", "Университет", "Trường đại học"),
        new("employer", "Zaměstnavatel", "Employer",
            "Роботодавець", "Работодатель", "Người sử dụng lao động"),
        new("employment-agency", "Agentura práce", "Employment agency",
            "Кадрове агентство", "Кадровое агентство", "Công ty môi giới việc làm"),
        new("ngo", "Nestátní nezisková organizace", "NGO",
            "Неурядова організація", "Некоммерческая организация", "Tổ chức phi chính phủ"),
        new("migrants-organisation", "Organizace migrantů", "Migrants' organisation",
            "Організація мігрантів", "Организация мигрантов", "Tổ chức của người di cư"),
        new("chamber", "Hospodářská komora", "Chamber",
            "Господарська палата", "Хозяйственная палата", "Phòng Thương mại"),
        new("health-insurer", "Zdravotní pojišťovna", "Health insurer",
            "Медична страхова компанія", "Медицинская страховая компания", "Công ty bảo hiểm y tế"),
        new("social-security", "Správa sociálního zabezpečení", "Social security",
            "Управління соціального забезпечення", "Управление социального обеспечения", "Cơ quan an sinh xã hội"),
        new("trade-licensing-office", "Živnostenský úřad", "Trade licensing office",
            "Відділ ліцензування підприємницької діяльності", "Отдел лицензирования предпринимательской деятельности", "Văn phòng cấp phép kinh doanh"),
        new("church", "Církev", "Church",
            "Церква", "Церковь", "Giáo hội"),
        new("other", "Jiný", "Other",
            "Інший", "Другой", "Khác"),
    ];

    /// <summary>Kinds of bodies (platforms, working groups...).</summary>
    public static readonly IReadOnlyList<NetworkCode> BodyKinds =
    [
        new("regional-platform", "Regionální platforma", "Regional platform",
            "Регіональна платформа", "Региональная платформа", "Diễn đàn vùng"),
        new("working-group", "Pracovní skupina", "Working group",
            "Робоча група", "Рабочая группа", "Nhóm công tác"),
        new("commission", "Komise", "Commission",
            "Комісія", "Комиссия", "Ủy ban"),
        new("council", "Rada", "Council",
            "Рада", "Совет", "Hội đồng"),
        new("community-planning", "Komunitní plánování", "Community-planning group",
            "Група громадського планування", "Группа общественного планирования", "Nhóm lập kế hoạch cộng đồng"),
        new("other", "Jiný", "Other",
            "Інший", "Другой", "Khác"),
    ];
}

/// <summary>A code with its Czech, English, Ukrainian, Russian and Vietnamese labels.</summary>
public sealed record NetworkCode(string Code, string Cs, string En, string Uk, string Ru, string Vi);
