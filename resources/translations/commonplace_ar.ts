<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>EditCommand</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>تعذّرت إعادة «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>تعذّر التراجع عن «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Record finding &quot;%1&quot;</source>
        <translation>تسجيل الاستنتاج «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>تعديل الاستنتاج «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>حذف الاستنتاج</translation>
    </message>
    <message>
        <source>Delete finding &quot;%1&quot;</source>
        <translation>حذف الاستنتاج «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>إضافة ⁨%1⁩ «⁨%2⁩»</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>إزالة القيمة</translation>
    </message>
    <message>
        <source>Remove %1 &quot;%2&quot;</source>
        <translation>إزالة ⁨%1⁩ «⁨%2⁩»</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>تعديل القيمة</translation>
    </message>
    <message>
        <source>Edit %1 &quot;%2&quot;</source>
        <translation>تعديل ⁨%1⁩ «⁨%2⁩»</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>إنشاء ⁨%1⁩</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>حذف الكيان</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>حذف «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Add source &quot;%1&quot;</source>
        <translation>إضافة المصدر «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Edit source &quot;%1&quot;</source>
        <translation>تعديل المصدر «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>حذف المصدر «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>إضافة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>إعادة التسمية إلى «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Remove tactic or theme</source>
        <translation>إزالة الأسلوب أو الموضوع</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>إزالة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to a source</source>
        <translation>إرفاق «⁨%1⁩» بمصدر</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>Not yet trusted</source>
        <translation>غير معتمَد بعد</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>Nothing is withheld.</source>
        <translation>لا يُحجب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Values withheld: %n</source>
        <translation>
            <numerusform>القيم المحجوبة: %n</numerusform>
            <numerusform>القيم المحجوبة: %n</numerusform>
            <numerusform>القيم المحجوبة: %n</numerusform>
            <numerusform>القيم المحجوبة: %n</numerusform>
            <numerusform>القيم المحجوبة: %n</numerusform>
            <numerusform>القيم المحجوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources withheld: %n</source>
        <translation>
            <numerusform>المصادر المحجوبة: %n</numerusform>
            <numerusform>المصادر المحجوبة: %n</numerusform>
            <numerusform>المصادر المحجوبة: %n</numerusform>
            <numerusform>المصادر المحجوبة: %n</numerusform>
            <numerusform>المصادر المحجوبة: %n</numerusform>
            <numerusform>المصادر المحجوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources replaced by pseudonyms: %n</source>
        <translation>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
            <numerusform>المصادر المستبدلة بأسماء مستعارة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings withheld: %n</source>
        <translation>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
            <numerusform>الاستنتاجات المحجوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judgements withheld: %n</source>
        <translation>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
            <numerusform>الأحكام المحجوبة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachments withheld: %n</source>
        <translation>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
            <numerusform>المرفقات المحجوبة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>الائتلاف</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>موثوق تمامًا</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>موثوق إلى حدٍّ ما</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>لا يمكن تقدير الموثوقية</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>مؤكَّدة من مصادر أخرى</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>صحيحة على الأرجح</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>ربما تكون صحيحة</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>مشكوك فيها</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>لا يمكن تقدير صحتها</translation>
    </message>
    <message>
        <source>Source reliability %1: %2.</source>
        <translation>موثوقية المصدر ⁨%1⁩: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Information credibility %1: %2.</source>
        <translation>مصداقية المعلومة ⁨%1⁩: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>other</source>
        <comment>gender</comment>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Abbreviation</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Amount in EUR</source>
        <translation>المبلغ باليورو</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>المبلغ بالدولار الأمريكي</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>الجهة المختصة</translation>
    </message>
    <message>
        <source>Authority-issued identifier</source>
        <translation>المعرّف الصادر عن الجهة المختصة</translation>
    </message>
    <message>
        <source>BIK</source>
        <translation>BIK</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Beneficiary bank account</source>
        <translation>الحساب المصرفي للمستفيد</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Bureau van Dijk ID</source>
        <translation>معرّف Bureau van Dijk</translation>
    </message>
    <message>
        <source>CAGE</source>
        <translation>CAGE</translation>
    </message>
    <message>
        <source>COATO / SOATO / OKATO</source>
        <translation>COATO / SOATO / OKATO</translation>
    </message>
    <message>
        <source>COD CAEM</source>
        <translation>COD CAEM</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>رأس المال</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>المواطنة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Currency of shares</source>
        <translation>عملة الأسهم</translation>
    </message>
    <message>
        <source>DUNS</source>
        <translation>DUNS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Death date</source>
        <translation>تاريخ الوفاة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Dissolution date</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>الأصل العرقي</translation>
    </message>
    <message>
        <source>Eye color</source>
        <translation>لون العينين</translation>
    </message>
    <message>
        <source>FSS</source>
        <translation>FSS</translation>
    </message>
    <message>
        <source>Federal tax service code</source>
        <translation>رمز دائرة الضرائب الاتحادية</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>العنوان الكامل</translation>
    </message>
    <message>
        <source>GIIN</source>
        <translation>GIIN</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Google Places ID</source>
        <translation>معرّف Google Places</translation>
    </message>
    <message>
        <source>Hair color</source>
        <translation>لون الشعر</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>ICIJ ID</source>
        <translation>معرّف ICIJ</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>IMO Number</source>
        <translation>رقم المنظمة البحرية الدولية</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>IPO</source>
        <translation>IPO</translation>
    </message>
    <message>
        <source>IRS Number</source>
        <translation>رقم مصلحة الضرائب الأمريكية</translation>
    </message>
    <message>
        <source>ISIN</source>
        <translation>ISIN</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>مهم</translation>
    </message>
    <message>
        <source>Incorporation date</source>
        <translation>تاريخ التأسيس</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>الأطراف المعنية</translation>
    </message>
    <message>
        <source>JIB</source>
        <translation>JIB</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>KPP</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>الشكل القانوني</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>تاريخ الإدراج</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>MBS</source>
        <translation>MBS</translation>
    </message>
    <message>
        <source>Matronymic</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <source>Modified on</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>لاحقة الاسم</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>عدد الأسهم</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>OGRN</translation>
    </message>
    <message>
        <source>OKOPF</source>
        <translation>OKOPF</translation>
    </message>
    <message>
        <source>OKPO</source>
        <translation>OKPO</translation>
    </message>
    <message>
        <source>OKSM</source>
        <translation>OKSM</translation>
    </message>
    <message>
        <source>OKVED(2) Classifier</source>
        <translation>مصنِّف OKVED(2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>المفعول به</translation>
    </message>
    <message>
        <source>OpenCorporates URL</source>
        <translation>رابط OpenCorporates</translation>
    </message>
    <message>
        <source>OpenStreetmap Place ID</source>
        <translation>معرّف المكان في OpenStreetMap</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>PFR Number</source>
        <translation>رقم PFR</translation>
    </message>
    <message>
        <source>PO Box</source>
        <translation>صندوق البريد</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>الشركة الأم</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>الدافع</translation>
    </message>
    <message>
        <source>Payer bank account</source>
        <translation>الحساب المصرفي للدافع</translation>
    </message>
    <message>
        <source>Payment programme</source>
        <translation>برنامج الدفع</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>الغرض من الدفعة</translation>
    </message>
    <message>
        <source>Percentage held</source>
        <translation>النسبة المملوكة</translation>
    </message>
    <message>
        <source>PermID</source>
        <translation>PermID</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Physical appearance</source>
        <translation>المظهر الجسدي</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Political association</source>
        <translation>الانتماء السياسي</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>الاسم السابق</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>معرّف البرنامج</translation>
    </message>
    <message>
        <source>Program URL</source>
        <translation>رابط البرنامج</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Publishing source</source>
        <translation>جهة النشر</translation>
    </message>
    <message>
        <source>Publishing source URL</source>
        <translation>رابط جهة النشر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>القريب</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>الديانة</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>تاريخ الاسترجاع</translation>
    </message>
    <message>
        <source>Reuters Instrument Code</source>
        <translation>رمز أداة Reuters</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>SEC Central Index Key</source>
        <translation>مفتاح الفهرس المركزي لدى SEC</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Scope of sanctions</source>
        <translation>نطاق العقوبات</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>الاسم الثاني</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>الأمين</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>رقم الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المصدر</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>اللغة المحكية</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Stock ticker symbol</source>
        <translation>رمز السهم</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>عنوان الشارع</translation>
    </message>
    <message>
        <source>Street address (ctd.)</source>
        <translation>عنوان الشارع (تتمة)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Tax Number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Tax status</source>
        <translation>الوضع الضريبي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>رقم المعاملة</translation>
    </message>
    <message>
        <source>Type of ownership</source>
        <translation>نوع الملكية</translation>
    </message>
    <message>
        <source>Type of shares</source>
        <translation>نوع الأسهم</translation>
    </message>
    <message>
        <source>UN SC identifier</source>
        <translation>معرّف مجلس الأمن الدولي</translation>
    </message>
    <message>
        <source>Unique Entity ID</source>
        <translation>المعرّف الفريد للكيان (UEI)</translation>
    </message>
    <message>
        <source>V.A.T. Identifier</source>
        <translation>رقم ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>VOEN</source>
        <translation>VOEN</translation>
    </message>
    <message>
        <source>Value of shares</source>
        <translation>قيمة الأسهم</translation>
    </message>
    <message>
        <source>Weak alias</source>
        <translation>اسم مستعار ضعيف</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Wikidata ID</source>
        <translation>معرّف ويكي بيانات</translation>
    </message>
    <message>
        <source>Wikipedia Article</source>
        <translation>مقالة ويكيبيديا</translation>
    </message>
    <message>
        <source>ibcRUC</source>
        <translation>ibcRUC</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Address</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>Airplane</source>
        <translation>طائرة</translation>
    </message>
    <message>
        <source>Airplanes</source>
        <translation>الطائرات</translation>
    </message>
    <message>
        <source>Analyzable</source>
        <translation>قابل للتحليل</translation>
    </message>
    <message>
        <source>Analyzables</source>
        <translation>العناصر القابلة للتحليل</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ملف صوتي</translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation>الملفات الصوتية</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب مصرفي</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>الحسابات المصرفية</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>مناقصة</translation>
    </message>
    <message>
        <source>Calls for tenders</source>
        <translation>المناقصات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Contract award</source>
        <translation>إرساء عقد</translation>
    </message>
    <message>
        <source>Contract awards</source>
        <translation>عقود مُرساة</translation>
    </message>
    <message>
        <source>Court case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>Court cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Case party</source>
        <translation>طرف في قضية</translation>
    </message>
    <message>
        <source>Case parties</source>
        <translation>أطراف القضايا</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <translation>محفظة عملات مشفرة</translation>
    </message>
    <message>
        <source>Cryptocurrency wallets</source>
        <translation>محافظ العملات المشفرة</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>دَين</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>الديون</translation>
    </message>
    <message>
        <source>Directorship</source>
        <translation>منصب إداري</translation>
    </message>
    <message>
        <source>Directorships</source>
        <translation>المناصب الإدارية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>توثيق</translation>
    </message>
    <message>
        <source>Documentations</source>
        <translation>التوثيقات</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>بيان جمركي</translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation>البيانات الجمركية</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>E-Mails</source>
        <translation>رسائل البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>وظيفة</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>صلة عائلية</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>صفحات الويب</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>وثيقة هوية</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>وثائق الهوية</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>مصلحة</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>فترة</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>كيان قانوني</translation>
    </message>
    <message>
        <source>Legal entities</source>
        <translation>الكيانات القانونية</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ترخيص</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>عضوية</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>العضويات</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>شغل منصب</translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation>شغل المناصب</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>ملكية</translation>
    </message>
    <message>
        <source>Ownerships</source>
        <translation>الملكيات</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>جوازات السفر</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>الملفات النصية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>منصب</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>مشارك في مشروع</translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation>المشاركون في المشاريع</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>هيئة عامة</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>الهيئات العامة</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>عقار</translation>
    </message>
    <message>
        <source>Real estates</source>
        <translation>العقارات</translation>
    </message>
    <message>
        <source>Representation</source>
        <translation>تمثيل</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>التمثيلات</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>عقوبة</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>العقوبات</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>ورقة مالية</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>الأوراق المالية</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>مشابه</translation>
    </message>
    <message>
        <source>Similar entities</source>
        <translation>الكيانات المشابهة</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>خلافة</translation>
    </message>
    <message>
        <source>Successions</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <source>Tax roll</source>
        <translation>سجل ضريبي</translation>
    </message>
    <message>
        <source>Tax rolls</source>
        <translation>السجلات الضريبية</translation>
    </message>
    <message>
        <source>Thing</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>رحلة</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>الرحلات</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>صلة أخرى</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>صلات أخرى</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>حساب مستخدم</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قيمة</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>مركبة</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>المركبات</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>سفينة</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>السفن</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>الفيديوهات</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>المصنفات</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Disinformation</source>
        <translation>التضليل الإعلامي</translation>
    </message>
    <message>
        <source>Strategic litigation</source>
        <translation>التقاضي الاستراتيجي</translation>
    </message>
    <message>
        <source>Legislative lobbying</source>
        <translation>الضغط التشريعي</translation>
    </message>
    <message>
        <source>Astroturfing</source>
        <translation>التضليل الشعبي المصطنع (Astroturfing)</translation>
    </message>
    <message>
        <source>Institutional capture</source>
        <translation>الاستحواذ على المؤسسات</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>التحرش عبر الإنترنت</translation>
    </message>
    <message>
        <source>Co-opting human-rights language</source>
        <translation>استغلال لغة حقوق الإنسان</translation>
    </message>
    <message>
        <source>Funding local proxies</source>
        <translation>تمويل وكلاء محليين</translation>
    </message>
    <message>
        <source>Pseudo-scientific research</source>
        <translation>البحث العلمي الزائف</translation>
    </message>
    <message>
        <source>UN and treaty-body advocacy</source>
        <translation>المناصرة في الأمم المتحدة وهيئات المعاهدات</translation>
    </message>
    <message>
        <source>Electoral mobilisation</source>
        <translation>التعبئة الانتخابية</translation>
    </message>
    <message>
        <source>Religious mobilisation</source>
        <translation>التعبئة الدينية</translation>
    </message>
    <message>
        <source>Conversion therapy promotion</source>
        <translation>الترويج لعلاجات التحويل</translation>
    </message>
    <message>
        <source>Citizens&apos; initiatives and referendums</source>
        <translation>المبادرات الشعبية والاستفتاءات</translation>
    </message>
    <message>
        <source>Media ownership and content</source>
        <translation>ملكية وسائل الإعلام ومحتواها</translation>
    </message>
    <message>
        <source>Curriculum interference</source>
        <translation>التدخل في المناهج الدراسية</translation>
    </message>
    <message>
        <source>Crisis pregnancy centres</source>
        <translation>مراكز الحمل المضلِّلة</translation>
    </message>
    <message>
        <source>Opaque financing</source>
        <translation>التمويل غير الشفاف</translation>
    </message>
    <message>
        <source>Training and networking</source>
        <translation>التدريب والتشبيك</translation>
    </message>
    <message>
        <source>Restricting civil society</source>
        <translation>تقييد المجتمع المدني</translation>
    </message>
    <message>
        <source>SRHR and abortion</source>
        <translation>الصحة والحقوق الجنسية والإنجابية والإجهاض</translation>
    </message>
    <message>
        <source>LGBTIQ+ rights</source>
        <translation>حقوق مجتمع الميم (LGBTIQ+)</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Comprehensive sexuality education</source>
        <translation>التربية الجنسية الشاملة</translation>
    </message>
    <message>
        <source>Family policy</source>
        <translation>السياسة الأسرية</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>الفضاء المدني</translation>
    </message>
    <message>
        <source>Bodily autonomy</source>
        <translation>الاستقلالية الجسدية</translation>
    </message>
    <message>
        <source>Religion and the state</source>
        <translation>الدين والدولة</translation>
    </message>
    <message>
        <source>Democracy and rule of law</source>
        <translation>الديمقراطية وسيادة القانون</translation>
    </message>
    <message>
        <source>International norms</source>
        <translation>المعايير الدولية</translation>
    </message>
    <message>
        <source>Producing or spreading false or misleading claims, for example about sexual and reproductive health, gender or LGBTIQ+ people, to shape public opinion or policy.</source>
        <translation>إنتاج ادعاءات كاذبة أو مضلِّلة أو نشرها، مثلًا عن الصحة الجنسية والإنجابية أو النوع الاجتماعي أو مجتمع الميم، للتأثير في الرأي العام أو السياسات.</translation>
    </message>
    <message>
        <source>Bringing, funding or intervening in court cases to restrict rights, set restrictive precedents or exhaust opponents&apos; resources.</source>
        <translation>رفع الدعاوى القضائية أو تمويلها أو التدخل فيها لتقييد الحقوق أو إرساء سوابق مقيِّدة أو استنزاف موارد الخصوم.</translation>
    </message>
    <message>
        <source>Drafting, promoting or blocking bills and policies through direct contact with legislators, ministries and their staff.</source>
        <translation>صياغة مشاريع القوانين والسياسات أو الترويج لها أو عرقلتها عبر التواصل المباشر مع المشرّعين والوزارات وموظفيها.</translation>
    </message>
    <message>
        <source>Presenting an organised, often externally funded campaign as a spontaneous grassroots movement, for example through front groups or coordinated petitions.</source>
        <translation>تقديم حملة منظَّمة، غالبًا ما تموَّل من الخارج، على أنها حركة شعبية عفوية، مثلًا عبر مجموعات واجهة أو عرائض منسَّقة.</translation>
    </message>
    <message>
        <source>Placing allies in, or gaining lasting influence over, public bodies, regulators, courts, universities or professional associations.</source>
        <translation>زرع حلفاء في الهيئات العامة أو الجهات التنظيمية أو المحاكم أو الجامعات أو النقابات المهنية، أو اكتساب نفوذ دائم عليها.</translation>
    </message>
    <message>
        <source>Coordinated abuse, threats, doxxing or mass reporting aimed at activists, journalists, health workers or officials.</source>
        <translation>إساءات أو تهديدات أو كشف للبيانات الشخصية أو بلاغات جماعية منسَّقة تستهدف ناشطين أو صحفيين أو عاملين صحيين أو مسؤولين.</translation>
    </message>
    <message>
        <source>Reframing restrictive positions in the vocabulary of human rights, such as parental rights, religious freedom or the protection of children.</source>
        <translation>إعادة صياغة المواقف المقيِّدة بمفردات حقوق الإنسان، مثل حقوق الوالدين أو الحرية الدينية أو حماية الأطفال.</translation>
    </message>
    <message>
        <source>Channelling money, training or materials from foreign funders to local organisations that then act under a local identity.</source>
        <translation>توجيه الأموال أو التدريب أو المواد من مموِّلين أجانب إلى منظمات محلية تعمل بعد ذلك بهوية محلية.</translation>
    </message>
    <message>
        <source>Commissioning or promoting studies, institutes or journals that lend a scientific appearance to predetermined conclusions.</source>
        <translation>تكليف دراسات أو معاهد أو مجلات أو الترويج لها لإضفاء مظهر علمي على استنتاجات محدَّدة مسبقًا.</translation>
    </message>
    <message>
        <source>Lobbying at the United Nations, regional bodies and treaty bodies to weaken resolutions, agreed language or the mandates of rights mechanisms.</source>
        <translation>الضغط في الأمم المتحدة والهيئات الإقليمية وهيئات المعاهدات لإضعاف القرارات أو الصيغ المتفق عليها أو ولايات آليات الحقوق.</translation>
    </message>
    <message>
        <source>Endorsing candidates, running voter guides or pledges, and mobilising voters around restrictive policy positions.</source>
        <translation>تأييد المرشحين، ونشر أدلة التصويت أو التعهدات، وتعبئة الناخبين حول مواقف سياسية مقيِّدة.</translation>
    </message>
    <message>
        <source>Using congregations, clergy and faith networks to organise campaigns, marches, petitions or sermons for a policy agenda.</source>
        <translation>استخدام الجماعات الدينية ورجال الدين والشبكات الدينية لتنظيم حملات أو مسيرات أو عرائض أو خطب لخدمة أجندة سياسية.</translation>
    </message>
    <message>
        <source>Promoting, offering or defending practices that aim to change or suppress a person&apos;s sexual orientation or gender identity.</source>
        <translation>الترويج لممارسات تهدف إلى تغيير الميول الجنسية أو الهوية الجندرية لشخص ما أو قمعها، أو تقديمها أو الدفاع عنها.</translation>
    </message>
    <message>
        <source>Collecting signatures for popular initiatives, referendums or petitions to entrench restrictive definitions in law or constitutions.</source>
        <translation>جمع التوقيعات للمبادرات الشعبية أو الاستفتاءات أو العرائض لترسيخ تعريفات مقيِّدة في القانون أو الدستور.</translation>
    </message>
    <message>
        <source>Owning, financing or supplying outlets, channels and content producers that carry the movement&apos;s messaging.</source>
        <translation>امتلاك وسائل الإعلام والقنوات ومنتجي المحتوى الذين ينقلون رسائل الحركة، أو تمويلهم أو تزويدهم.</translation>
    </message>
    <message>
        <source>Campaigning against or replacing school curricula, textbooks and sexuality education programmes.</source>
        <translation>شنّ حملات ضد المناهج الدراسية والكتب المدرسية وبرامج التربية الجنسية، أو استبدالها.</translation>
    </message>
    <message>
        <source>Running or funding centres that present themselves as health services while discouraging abortion or contraception.</source>
        <translation>إدارة مراكز تقدّم نفسها على أنها خدمات صحية بينما تثني عن الإجهاض أو وسائل منع الحمل، أو تمويلها.</translation>
    </message>
    <message>
        <source>Moving money through shell companies, donor-advised funds, nominees or offshore jurisdictions so that its origin is hard to trace.</source>
        <translation>تحريك الأموال عبر شركات وهمية أو صناديق يوجّهها المانحون أو وكلاء اسميين أو ولايات قضائية خارجية بحيث يصعب تتبّع مصدرها.</translation>
    </message>
    <message>
        <source>Running conferences, fellowships and training programmes that build a transnational network of advocates, lawyers and politicians.</source>
        <translation>تنظيم مؤتمرات وزمالات وبرامج تدريبية تبني شبكة عابرة للحدود من المناصرين والمحامين والسياسيين.</translation>
    </message>
    <message>
        <source>Promoting laws or administrative measures, such as foreign-agent or registration rules, that restrict the organisations defending rights.</source>
        <translation>الترويج لقوانين أو تدابير إدارية، مثل قواعد «العملاء الأجانب» أو التسجيل، تقيّد المنظمات المدافعة عن الحقوق.</translation>
    </message>
    <message>
        <source>Sexual and reproductive health and rights, including access to abortion, contraception and maternal health care.</source>
        <translation>الصحة والحقوق الجنسية والإنجابية، بما في ذلك الوصول إلى الإجهاض ووسائل منع الحمل ورعاية صحة الأمهات.</translation>
    </message>
    <message>
        <source>Rights of lesbian, gay, bisexual, trans, intersex and queer people, including decriminalisation, non-discrimination and legal gender recognition.</source>
        <translation>حقوق المثليات والمثليين ومزدوجي الميل الجنسي والعابرين جندريًا وثنائيي الجنس والكوير، بما في ذلك إلغاء التجريم وعدم التمييز والاعتراف القانوني بالنوع الاجتماعي.</translation>
    </message>
    <message>
        <source>Equality between women and men, including gender-based violence law, the Istanbul Convention and women&apos;s political participation.</source>
        <translation>المساواة بين النساء والرجال، بما في ذلك قوانين العنف القائم على النوع الاجتماعي واتفاقية إسطنبول والمشاركة السياسية للمرأة.</translation>
    </message>
    <message>
        <source>Age-appropriate, evidence-based education on sexuality, relationships, consent and health in schools and beyond.</source>
        <translation>تربية مناسبة للعمر وقائمة على الأدلة حول الجنسانية والعلاقات والموافقة والصحة، في المدارس وخارجها.</translation>
    </message>
    <message>
        <source>Legal definitions of marriage and family, parental rights, child protection, divorce and family benefits.</source>
        <translation>التعريفات القانونية للزواج والأسرة، وحقوق الوالدين، وحماية الطفل، والطلاق، والإعانات الأسرية.</translation>
    </message>
    <message>
        <source>Freedom of association, assembly and expression, and the conditions under which civil-society organisations can operate.</source>
        <translation>حرية تكوين الجمعيات والتجمع والتعبير، والظروف التي يمكن لمنظمات المجتمع المدني أن تعمل فيها.</translation>
    </message>
    <message>
        <source>The right to make decisions about one&apos;s own body, including gender-affirming care, end-of-life decisions and consent to treatment.</source>
        <translation>الحق في اتخاذ القرارات بشأن الجسد، بما في ذلك الرعاية المؤكِّدة للنوع الاجتماعي وقرارات نهاية الحياة والموافقة على العلاج.</translation>
    </message>
    <message>
        <source>The place of religion in law and public institutions, including claims of religious freedom used to limit others&apos; rights.</source>
        <translation>مكانة الدين في القانون والمؤسسات العامة، بما في ذلك التذرّع بالحرية الدينية لتقييد حقوق الآخرين.</translation>
    </message>
    <message>
        <source>Independence of courts and institutions, electoral integrity and constitutional change.</source>
        <translation>استقلال المحاكم والمؤسسات، ونزاهة الانتخابات، والتعديلات الدستورية.</translation>
    </message>
    <message>
        <source>Human-rights standards negotiated at the United Nations and regional bodies, and their implementation at home.</source>
        <translation>معايير حقوق الإنسان التي يُتفاوض عليها في الأمم المتحدة والهيئات الإقليمية، وتطبيقها على المستوى الوطني.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::AnalystActions</name>
    <message>
        <source>A&amp;nalysis</source>
        <translation>تح&amp;ليل</translation>
    </message>
    <message>
        <source>&amp;Graph Explorer</source>
        <translation>مستكشف ال&amp;شبكة</translation>
    </message>
    <message>
        <source>Explore who funds whom: paths, money flows, communities, pictures</source>
        <translation>استكشاف من يموّل من: المسارات وتدفقات الأموال والمجتمعات والصور</translation>
    </message>
    <message>
        <source>&amp;Show in Graph</source>
        <translation>ال&amp;عرض في الشبكة</translation>
    </message>
    <message>
        <source>Open the selected actor in the graph explorer with its neighbours</source>
        <translation>فتح الجهة الفاعلة المحددة في مستكشف الشبكة مع المجاورين لها</translation>
    </message>
    <message>
        <source>Money-Flow &amp;Timeline</source>
        <translation>الخط ال&amp;زمني لتدفق الأموال</translation>
    </message>
    <message>
        <source>Payments to or from the selected actor over time</source>
        <translation>الدفعات الواردة إلى الجهة المحددة أو الصادرة عنها عبر الزمن</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>&amp;قائمة المراجعة</translation>
    </message>
    <message>
        <source>Judge candidate pairs of the same actor; unmerge</source>
        <translation>الحكم على الأزواج المرشَّحة للجهة نفسها؛ فك الدمج</translation>
    </message>
    <message>
        <source>Graph Explorer — Commonplace</source>
        <translation>مستكشف الشبكة — Commonplace</translation>
    </message>
    <message>
        <source>Money-Flow Timeline — Commonplace</source>
        <translation>الخط الزمني لتدفق الأموال — Commonplace</translation>
    </message>
    <message>
        <source>Review Queue — Commonplace</source>
        <translation>قائمة المراجعة — Commonplace</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>The graph explorer: who funds whom, paths between actors, follow the money. Open a workspace to explore it.</source>
        <translation>مستكشف الشبكة: من يموّل من، والمسارات بين الجهات الفاعلة، وتتبّع الأموال. افتح مساحة عمل لاستكشافها.</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>تدفقات الأموال</translation>
    </message>
    <message>
        <source>The money-flow timeline: one actor&apos;s payments per year or month. Open a workspace to see it.</source>
        <translation>الخط الزمني لتدفق الأموال: دفعات جهة فاعلة واحدة في كل سنة أو شهر. افتح مساحة عمل لعرضه.</translation>
    </message>
    <message>
        <source>Gra&amp;ph</source>
        <translation>&amp;الشبكة</translation>
    </message>
    <message>
        <source>&amp;Money Flows</source>
        <translation>تدفقات الأموال</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Signed by %1 (%2)</source>
        <translation>موقَّع من ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>This workspace has no organisation key yet: make one in Tools &gt; Keys before exporting a bundle.</source>
        <translation>لا يوجد لمساحة العمل هذه مفتاح منظمة بعد: أنشئ واحدًا من أدوات &gt; المفاتيح قبل تصدير حزمة.</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>أعلى درجة حساسية تُضمَّن</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>مجموعة البيانات المراد تصديرها</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>جميع مجموعات البيانات</translation>
    </message>
    <message>
        <source>Replace withheld &amp;sources by pseudonyms</source>
        <translation>استبدال المصادر المحجوبة بأسماء مستعارة</translation>
    </message>
    <message>
        <source>Partners see that claims rest on the same source without learning which source it is.</source>
        <translation>يرى الشركاء أن الادعاءات تستند إلى المصدر نفسه دون أن يعرفوا ما هو.</translation>
    </message>
    <message>
        <source>Partners to seal the bundle to</source>
        <translation>الشركاء الذين تُختم الحزمة لهم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted partner keys: the bundle will be signed but not sealed, readable by anyone who gets the file.</source>
        <translation>لا توجد مفاتيح شركاء معتمَدة: ستُوقَّع الحزمة دون ختمها، ويستطيع قراءتها كل من يحصل على الملف.</translation>
    </message>
    <message>
        <source>Checked partners alone can open the bundle. With none checked, anyone who gets the file can read it.</source>
        <translation>لا يستطيع فتح الحزمة إلا الشركاء المحدَّدون. إن لم يُحدَّد أحد، يستطيع قراءتها كل من يحصل على الملف.</translation>
    </message>
    <message>
        <source>Seal to</source>
        <translation>الختم لـ</translation>
    </message>
    <message>
        <source>Stays home</source>
        <translation>يبقى هنا</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>ملف الوجهة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>اختيار ملف الوجهة</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>عبارة مرور مفتاح المنظمة</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;إدراج حتى:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>مجموعة &amp;البيانات:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;وجهة الحفظ:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Everything above “%1” stays in this workspace.</source>
        <translation>يبقى كل ما يتجاوز «⁨%1⁩» في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>Export bundle to</source>
        <translation>تصدير الحزمة إلى</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>حزم Commonplace (*.cpbundle);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key</source>
        <translation>عبارة مرور مفتاح المنظمة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the sealed bundle</source>
        <translation>فتح الحزمة المختومة</translation>
    </message>
    <message>
        <source>This bundle is sealed: enter the passphrase of the organisation key to read it.</source>
        <translation>هذه الحزمة مختومة: أدخل عبارة مرور مفتاح المنظمة لقراءتها.</translation>
    </message>
    <message>
        <source>&amp;Trust this key: I have compared the fingerprint with the sender by another channel</source>
        <translation>&amp;اعتماد هذا المفتاح: قارنتُ البصمة مع المرسِل عبر قناة أخرى</translation>
    </message>
    <message>
        <source>Lowest sensitivity to give what is imported</source>
        <translation>أدنى حساسية تُعطى لما يُستورد</translation>
    </message>
    <message>
        <source>What is imported is never shared above this level again.</source>
        <translation>لا يُشارك ما يُستورد مجددًا فوق هذا المستوى أبدًا.</translation>
    </message>
    <message>
        <source>Dataset to import into</source>
        <translation>مجموعة البيانات التي يُستورد إليها</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>المرسِل:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>بالكلمات:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>المحتويات:</translation>
    </message>
    <message>
        <source>&amp;Import as at least:</source>
        <translation>استيراد بمستوى لا يقل عن:</translation>
    </message>
    <message>
        <source>Into &amp;dataset:</source>
        <translation>إلى مجموعة البيانات:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(مختومة)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(غير مقروءة)</translation>
    </message>
    <message>
        <source>(compare the fingerprint with the sender before you trust it)</source>
        <translation>(قارن البصمة مع المرسِل قبل اعتمادها)</translation>
    </message>
    <message>
        <source>Dataset “%1”, bundle number %2, made %3; up to “%4”.</source>
        <translation>مجموعة البيانات «⁨%1⁩»، الحزمة رقم ⁨%2⁩، أُنشئت في ⁨%3⁩؛ حتى «⁨%4⁩».</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>لا قيم</numerusform>
            <numerusform>قيمة واحدة</numerusform>
            <numerusform>قيمتان</numerusform>
            <numerusform>%n قيم</numerusform>
            <numerusform>%n قيمةً</numerusform>
            <numerusform>%n قيمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>لا استنتاجات</numerusform>
            <numerusform>استنتاج واحد</numerusform>
            <numerusform>استنتاجان</numerusform>
            <numerusform>%n استنتاجات</numerusform>
            <numerusform>%n استنتاجًا</numerusform>
            <numerusform>%n استنتاج</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported until you trust this key. Ask %1 to read you their fingerprint, or its words, by phone or in person; if it matches, tick the box above, or trust the key in Tools &gt; Keys.</source>
        <translation>لن يُستورد شيء حتى تعتمد هذا المفتاح. اطلب من ⁨%1⁩ أن يقرأ لك بصمته أو كلماتها عبر الهاتف أو شخصيًا؛ فإن تطابقت، حدّد المربع أعلاه أو اعتمد المفتاح من أدوات &gt; المفاتيح.</translation>
    </message>
    <message>
        <source>Refused: the key that signed this bundle is revoked.</source>
        <translation>مرفوض: المفتاح الذي وقّع هذه الحزمة مُبطَل.</translation>
    </message>
    <message>
        <source>Refused: this is bundle number %1 of “%2”, and number %3 has already been imported from this sender. An old bundle sent again could undo the sender&apos;s corrections.</source>
        <translation>مرفوض: هذه هي الحزمة رقم ⁨%1⁩ من «⁨%2⁩»، وقد سبق استيراد الحزمة رقم ⁨%3⁩ من هذا المرسِل. قد تُلغي حزمة قديمة مُعاد إرسالها تصحيحات المرسِل.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvFilterDialog</name>
    <message>
        <source>Rows Read by %1</source>
        <translation>الصفوف المقروءة — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Without filters a pass reads every row. A filter reads only the rows whose cell in a column is exactly one of some values (or skips those rows); every filter must hold. Cells are compared as they are in the file, spaces and case included.</source>
        <translation>بلا مرشّحات يقرأ المرور كل الصفوف. يقرأ المرشّح فقط الصفوف التي تساوي خليتُها في عمود ما إحدى قيم معيّنة تمامًا (أو يتخطّى تلك الصفوف)؛ ويجب أن تتحقق كل المرشّحات. تُقارَن الخلايا كما هي في الملف، بما في ذلك المسافات وحالة الأحرف.</translation>
    </message>
    <message>
        <source>Filters of this pass</source>
        <translation>مرشّحات هذا المرور</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>المرشّحات:</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>إضافة مرشّح</translation>
    </message>
    <message>
        <source>&amp;Remove Filter</source>
        <translation>إزالة المرشّح</translation>
    </message>
    <message>
        <source>Column of the filter</source>
        <translation>عمود المرشّح</translation>
    </message>
    <message>
        <source>What the filter does</source>
        <translation>ما يفعله المرشّح</translation>
    </message>
    <message>
        <source>reads only rows where the cell is one of</source>
        <translation>يقرأ فقط الصفوف التي تساوي خليتها إحدى هذه القيم</translation>
    </message>
    <message>
        <source>skips rows where the cell is one of</source>
        <translation>يتخطّى الصفوف التي تساوي خليتها إحدى هذه القيم</translation>
    </message>
    <message>
        <source>Values, one per line</source>
        <translation>القيم، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>One value per line, exactly as in the file.</source>
        <translation>قيمة واحدة في كل سطر، تمامًا كما في الملف.</translation>
    </message>
    <message>
        <source>or the cell is &amp;empty</source>
        <translation>أو الخلية فارغة</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>العمود:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>القاعدة:</translation>
    </message>
    <message>
        <source>&amp;Values (one per line):</source>
        <translation>القيم (واحدة في كل سطر):</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(بلا قيمة)</translation>
    </message>
    <message>
        <source>Skip rows where %1 is %2</source>
        <translation>تخطّي الصفوف التي قيمة ⁨%1⁩ فيها ⁨%2⁩</translation>
    </message>
    <message>
        <source>Only rows where %1 is %2</source>
        <translation>الصفوف التي قيمة ⁨%1⁩ فيها ⁨%2⁩ فقط</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>⁨%1⁩ (غير موجود في الملف)</translation>
    </message>
    <message>
        <source>In the first rows: %1</source>
        <translation>في الصفوف الأولى: ⁨%1⁩</translation>
    </message>
    <message>
        <source>A filter names a column the file does not have.</source>
        <translation>يذكر أحد المرشّحات عمودًا ليس في الملف.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n rows pass these filters.</source>
        <translation>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩، ولا صفوف في الملف.</numerusform>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩ من الصف الأول.</numerusform>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩ من الصفّين الأولين.</numerusform>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩ من الصفوف الـ%n الأولى.</numerusform>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩ من الصفوف الـ%n الأولى.</numerusform>
            <numerusform>الصفوف التي تجتاز هذه المرشّحات: ⁨%1⁩ من الصفوف الـ%n الأولى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvMappingEditor</name>
    <message>
        <source>CSV Mapping — %1</source>
        <translation>مطابقة CSV — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Say which entities each row of &lt;b&gt;%1&lt;/b&gt; becomes: their type, the columns whose values identify them, and where each property comes from. The preview below imports the first rows for real, into a scratch workspace.</source>
        <translation>حدّد الكيانات التي ينتجها كل صف من &lt;b&gt;⁨%1⁩&lt;/b&gt;: نوعها، والأعمدة التي تحدّد قيمُها هويتها، ومصدر كل خاصية. تستورد المعاينة أدناه الصفوف الأولى فعليًا، في مساحة عمل مؤقتة.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>خط عمودي ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>الصف الأول يحوي أسماء الأعمدة</translation>
    </message>
    <message>
        <source>Without a header row the first row is data and the columns are named by their number: 1, 2, 3, …</source>
        <translation>بلا صف عناوين يكون الصف الأول بيانات وتُسمّى الأعمدة بأرقامها: 1، 2، 3، …</translation>
    </message>
    <message>
        <source>Id prefix</source>
        <translation>بادئة المعرّفات</translation>
    </message>
    <message>
        <source>Text hashed into every id; FollowTheMoney uses the dataset name. Leave it empty unless ids must match another tool&apos;s.</source>
        <translation>نص يدخل في تجزئة كل معرّف؛ يستخدم FollowTheMoney اسم مجموعة البيانات. اتركه فارغًا ما لم يلزم أن تطابق المعرّفات معرّفات أداة أخرى.</translation>
    </message>
    <message>
        <source>Pass over the file</source>
        <translation>مرور على الملف</translation>
    </message>
    <message>
        <source>This mapping reads the file several times, each pass with its own row filter and entities.</source>
        <translation>تقرأ هذه المطابقة الملف عدة مرات، ولكل مرور مرشّح صفوف وكيانات خاصة به.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Id pre&amp;fix:</source>
        <translation>بادئة المعرّفات:</translation>
    </message>
    <message>
        <source>P&amp;ass:</source>
        <translation>المرور:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>أول صفوف الملف</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>أول صفوف الملف:</translation>
    </message>
    <message>
        <source>Entities each row makes</source>
        <translation>الكيانات التي ينتجها كل صف</translation>
    </message>
    <message>
        <source>Entit&amp;ies each row makes:</source>
        <translation>الكيانات التي ينتجها كل صف:</translation>
    </message>
    <message>
        <source>Type of a new entity</source>
        <translation>نوع الكيان الجديد</translation>
    </message>
    <message>
        <source>Type of the entity</source>
        <translation>نوع الكيان</translation>
    </message>
    <message>
        <source>Add entit&amp;y</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <source>Remo&amp;ve entity</source>
        <translation>إزالة الكيان</translation>
    </message>
    <message>
        <source>Ne&amp;w:</source>
        <translation>جديد:</translation>
    </message>
    <message>
        <source>Name of the entity in the mapping</source>
        <translation>اسم الكيان في المطابقة</translation>
    </message>
    <message>
        <source>Used by links between the entities of a row (a payment&apos;s payer is the entity named here).</source>
        <translation>تستخدمه الروابط بين كيانات الصف الواحد (دافع الدفعة هو الكيان المسمّى هنا).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>أعمدة المفتاح</translation>
    </message>
    <message>
        <source>Tick the columns whose values identify the entity: rows with the same values make one entity. Space ticks the current column.</source>
        <translation>ضع علامة على الأعمدة التي تحدّد قيمُها هوية الكيان: الصفوف ذات القيم نفسها تنتج كيانًا واحدًا. تضع المسافة علامة على العمود الحالي.</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>نص المفتاح</translation>
    </message>
    <message>
        <source>Optional text hashed into this entity&apos;s ids, to keep apart entities made from the same columns.</source>
        <translation>نص اختياري يدخل في تجزئة معرّفات هذا الكيان، للتمييز بين كيانات ناتجة عن الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>Properties of the entity</source>
        <translation>خصائص الكيان</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>عيّنة</translation>
    </message>
    <message>
        <source>Property to add</source>
        <translation>الخاصية المراد إضافتها</translation>
    </message>
    <message>
        <source>★ required by the type, ◆ names the entity</source>
        <translation>★ يشترطها النوع، ◆ تسمّي الكيان</translation>
    </message>
    <message>
        <source>Add pro&amp;perty</source>
        <translation>إضافة خاصية</translation>
    </message>
    <message>
        <source>Remove t&amp;his property</source>
        <translation>إزالة هذه الخاصية</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>أعمدة المفتاح:</translation>
    </message>
    <message>
        <source>Key &amp;literal:</source>
        <translation>نص المفتاح:</translation>
    </message>
    <message>
        <source>Pr&amp;operties (★ required by the type, ◆ names the entity):</source>
        <translation>الخصائص (★ يشترطها النوع، ◆ تسمّي الكيان):</translation>
    </message>
    <message>
        <source>Source of the values</source>
        <translation>مصدر القيم</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>عمود</translation>
    </message>
    <message>
        <source>A constant value</source>
        <translation>قيمة ثابتة</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>قالب من الأعمدة</translation>
    </message>
    <message>
        <source>Another entity of the row</source>
        <translation>كيان آخر من الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Constant value or template</source>
        <translation>قيمة ثابتة أو قالب</translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation>الكيان الهدف</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <source>ISO dates; or e.g. %d.%m.%Y</source>
        <translation>تواريخ ISO؛ أو مثلًا %d.%m.%Y</translation>
    </message>
    <message>
        <source>Separator of several values in one cell</source>
        <translation>فاصل القيم المتعددة في خلية واحدة</translation>
    </message>
    <message>
        <source>Re&amp;quired: a row without a value is an error</source>
        <translation>إلزامية: الصف الخالي من قيمة خطأ</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>العمود:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Tar&amp;get entity:</source>
        <translation>الكيان الهدف:</translation>
    </message>
    <message>
        <source>Split values &amp;by:</source>
        <translation>فصل القيم عند:</translation>
    </message>
    <message>
        <source>Date for&amp;mat:</source>
        <translation>صيغة التاريخ:</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>من أين تأتي القيم</translation>
    </message>
    <message>
        <source>Entities the first rows make</source>
        <translation>الكيانات التي تنتجها الصفوف الأولى</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>الكيان أو الخاصية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>مشكلات في الصفوف الأولى</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above.</source>
        <translation>اختر مشكلة لرؤية خليتها في الصفوف أعلاه.</translation>
    </message>
    <message>
        <source>Res&amp;ult for the first rows:</source>
        <translation>نتيجة الصفوف الأولى:</translation>
    </message>
    <message>
        <source>Problems in these rows:</source>
        <translation>مشكلات في هذه الصفوف:</translation>
    </message>
    <message>
        <source>Open Mapping…</source>
        <translation>فتح مطابقة…</translation>
    </message>
    <message>
        <source>Load a mapping file (%1)</source>
        <translation>تحميل ملف مطابقة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <source>Save the mapping to its file (%1)</source>
        <translation>حفظ المطابقة في ملفها (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Save Mapping As…</source>
        <translation>حفظ المطابقة باسم…</translation>
    </message>
    <message>
        <source>Use This Mapping</source>
        <translation>استخدام هذه المطابقة</translation>
    </message>
    <message>
        <source>entity “%1”</source>
        <translation>الكيان «⁨%1⁩»</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>القالب «⁨%1⁩»</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>الثابت «⁨%1⁩»</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(اختر عمودًا)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>العمود ⁨%1⁩</translation>
    </message>
    <message>
        <source>Detected: %1, %2</source>
        <translation>المكتشَف: ⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>with a byte order mark</source>
        <translation>مع علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>The file is UTF-16, which cannot be imported: save it as UTF-8 and open it again.</source>
        <translation>الملف بترميز UTF-16 الذي لا يمكن استيراده: احفظه بترميز UTF-8 ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>صف عناوين</translation>
    </message>
    <message>
        <source>no header row (the first row looks like data)</source>
        <translation>بلا صف عناوين (يبدو الصف الأول بيانات)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر ⁨%1⁩</translation>
    </message>
    <message>
        <source>Pass %1 of %2</source>
        <translation>المرور ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>ليس ⁨%1⁩</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>%1 (not in the file)</source>
        <translation>⁨%1⁩ (غير موجود في الملف)</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>⁨%1⁩ (⁨%2⁩ من القيم)</translation>
    </message>
    <message>
        <source>Choose or add a property.</source>
        <translation>اختر خاصية أو أضف واحدة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 (%3)</source>
        <translation>&lt;b&gt;⁨%1⁩&lt;/b&gt; في ⁨%2⁩ (⁨%3⁩)</translation>
    </message>
    <message>
        <source>e.g. {{Street}}, {{City}}</source>
        <translation>مثلًا {{Street}}، {{City}}</translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation>القيمة نفسها لكل صف</translation>
    </message>
    <message>
        <source>Column “%1” is empty in the first rows.</source>
        <translation>العمود «⁨%1⁩» فارغ في الصفوف الأولى.</translation>
    </message>
    <message>
        <source>Values in “%1”: %2</source>
        <translation>القيم في «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>No entity of this row can be a %1: add one first.</source>
        <translation>لا يمكن لأي كيان في هذا الصف أن يكون من نوع ⁨%1⁩: أضف واحدًا أولًا.</translation>
    </message>
    <message>
        <source>Every entity needs a name of its own.</source>
        <translation>يحتاج كل كيان إلى اسم خاص به.</translation>
    </message>
    <message>
        <source>A %1 has no %2; those properties were removed.</source>
        <translation>النوع ⁨%1⁩ ليس له ⁨%2⁩؛ أُزيلت تلك الخصائص.</translation>
    </message>
    <message>
        <source>The mapping makes no entities yet: add one (its type, then “Add entity”).</source>
        <translation>لا تنتج المطابقة أي كيان بعد: أضف واحدًا (نوعه، ثم «إضافة كيان»).</translation>
    </message>
    <message>
        <source>Entity “%1” has no key column: tick the columns whose values identify it under “Key columns”.</source>
        <translation>الكيان «⁨%1⁩» بلا عمود مفتاح: ضع علامة في «أعمدة المفتاح» على الأعمدة التي تحدّد قيمُها هويته.</translation>
    </message>
    <message>
        <source>Property “%1” of “%2”</source>
        <translation>الخاصية «⁨%1⁩» للكيان «⁨%2⁩»</translation>
    </message>
    <message>
        <source>%1 has no column: choose one, or remove the property.</source>
        <translation>⁨%1⁩ بلا عمود: اختر عمودًا أو أزل الخاصية.</translation>
    </message>
    <message>
        <source>%1: the template is empty.</source>
        <translation>⁨%1⁩: القالب فارغ.</translation>
    </message>
    <message>
        <source>%1 links to no entity: add the entity it links to, or remove the property.</source>
        <translation>⁨%1⁩ لا يرتبط بأي كيان: أضف الكيان الذي يرتبط به أو أزل الخاصية.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make %1 entities.</source>
        <translation>
            <numerusform>لا صفوف تنتج ⁨%1⁩ من الكيانات.</numerusform>
            <numerusform>الصف الأول ينتج ⁨%1⁩ من الكيانات.</numerusform>
            <numerusform>الصفّان الأولان ينتجان ⁨%1⁩ من الكيانات.</numerusform>
            <numerusform>الصفوف الـ%n الأولى تنتج ⁨%1⁩ من الكيانات.</numerusform>
            <numerusform>الصفوف الـ%n الأولى تنتج ⁨%1⁩ من الكيانات.</numerusform>
            <numerusform>الصفوف الـ%n الأولى تنتج ⁨%1⁩ من الكيانات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found: %1 (listed on the right).</source>
        <translation>المشكلات المكتشَفة: ⁨%1⁩ (مسرودة على الجانب).</translation>
    </message>
    <message>
        <source>Cannot open the mapping: %1</source>
        <translation>تعذّر فتح المطابقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Saved the mapping to %1.</source>
        <translation>حُفظت المطابقة في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Open a CSV mapping</source>
        <translation>فتح مطابقة CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>ملفات المطابقة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>حفظ مطابقة CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>ملفات المطابقة (*.json)</translation>
    </message>
    <message>
        <source>Row Filters…</source>
        <translation>مرشّحات الصفوف…</translation>
    </message>
    <message>
        <source>Choose which rows this pass reads, by the values of a column</source>
        <translation>اختيار الصفوف التي يقرؤها هذا المرور، حسب قيم عمود</translation>
    </message>
    <message>
        <source>Add Pass</source>
        <translation>إضافة مرور</translation>
    </message>
    <message>
        <source>Read the file once more, with its own row filters and entities (for example to type the same key as a Person in some rows and as a Company in others)</source>
        <translation>قراءة الملف مرة أخرى، بمرشّحات صفوف وكيانات خاصة به (مثلًا لجعل المفتاح نفسه من نوع شخص في بعض الصفوف ومن نوع شركة في غيرها)</translation>
    </message>
    <message>
        <source>Remove Pass</source>
        <translation>إزالة المرور</translation>
    </message>
    <message>
        <source>Description of the mapping</source>
        <translation>وصف المطابقة</translation>
    </message>
    <message>
        <source>What this mapping is for (optional)</source>
        <translation>الغرض من هذه المطابقة (اختياري)</translation>
    </message>
    <message>
        <source>Load Again</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Read the mapping file again, after fixing it in a text editor</source>
        <translation>قراءة ملف المطابقة من جديد بعد تصحيحه في محرّر نصوص</translation>
    </message>
    <message>
        <source>Start a New Mapping</source>
        <translation>بدء مطابقة جديدة</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mapping could not be loaded.&lt;/b&gt; %1&lt;br&gt;The rows of the file are shown below. Fix the mapping file and load it again, or make a new mapping here.</source>
        <translation>&lt;b&gt;تعذّر تحميل المطابقة.&lt;/b&gt; ⁨%1⁩&lt;br&gt;صفوف الملف معروضة أدناه. صحّح ملف المطابقة ثم حمّله من جديد، أو أنشئ مطابقة جديدة هنا.</translation>
    </message>
    <message>
        <source>This Mapping</source>
        <translation>هذه المطابقة</translation>
    </message>
    <message>
        <source>Every row is read.</source>
        <translation>تُقرأ كل الصفوف.</translation>
    </message>
    <message>
        <source>Only rows where %1.</source>
        <translation>الصفوف التي فيها ⁨%1⁩ فقط.</translation>
    </message>
    <message>
        <source>This pass skips this row (Row Filters…).</source>
        <translation>يتخطّى هذا المرور هذا الصف (مرشّحات الصفوف…).</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::CsvPreview</name>
    <message>
        <source>No room for a preview: %1</source>
        <translation>لا مكان للمعاينة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>These rows would not import: %1: %2</source>
        <translation>لن تُستورد هذه الصفوف: ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>(a %1 not in these rows)</source>
        <translation>(⁨%1⁩ من خارج هذه الصفوف)</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>المعرّف: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EditIntegration</name>
    <message>
        <source>Record a Fi&amp;nding…</source>
        <translation>تسجيل ا&amp;ستنتاج…</translation>
    </message>
    <message>
        <source>Record a finding with its actors, relationship and sources</source>
        <translation>تسجيل استنتاج مع جهاته الفاعلة وعلاقته ومصادره</translation>
    </message>
    <message>
        <source>Edit &amp;Entity…</source>
        <translation>تعديل ال&amp;كيان…</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>الاستنتا&amp;جات</translation>
    </message>
    <message>
        <source>The findings of this workspace, to read and edit</source>
        <translation>استنتاجات مساحة العمل هذه، للقراءة والتعديل</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>ال&amp;مصادر</translation>
    </message>
    <message>
        <source>The sources, their grading and what cites them</source>
        <translation>المصادر وتقييمها وما يستشهد بها</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>الأسا&amp;ليب والمواضيع</translation>
    </message>
    <message>
        <source>Add, rename or remove tactics and themes</source>
        <translation>إضافة الأساليب والمواضيع أو إعادة تسميتها أو إزالتها</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>التحرير</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>تعديل الكيان</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>تعذّر التراجع أو الإعادة</translation>
    </message>
    <message>
        <source>Edit the entity shown in the detail pane and move the keyboard there</source>
        <translation>تعديل الكيان المعروض في لوحة التفاصيل ونقل لوحة المفاتيح إليها</translation>
    </message>
    <message>
        <source>Edit Entity in a &amp;Window…</source>
        <translation>تعديل الكيان في نافذة مستقلة…</translation>
    </message>
    <message>
        <source>Edit the entity shown in a window of its own</source>
        <translation>تعديل الكيان المعروض في نافذة مستقلة</translation>
    </message>
    <message>
        <source>A value typed for &quot;%1&quot; is not saved yet.</source>
        <translation>قيمة كُتبت لـ«⁨%1⁩» لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityDetailView</name>
    <message>
        <source>Entity details</source>
        <translation>تفاصيل الكيان</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous entity (Alt+Left)</source>
        <translation>الرجوع إلى الكيان السابق (Alt+يسار)</translation>
    </message>
    <message>
        <source>Values and their sources</source>
        <translation>القيم ومصادرها</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>مُشار إليه من</translation>
    </message>
    <message>
        <source>Entities that reference this one</source>
        <translation>الكيانات التي تشير إلى هذا الكيان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>As</source>
        <translation>بصفته</translation>
    </message>
    <message>
        <source>Select an entity to see its values and where each one came from.</source>
        <translation>اختر كيانًا لعرض قيمه ومصدر كل قيمة منها.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>⁨%1⁩ ← ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>المعرّف ⁨%1⁩</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>مدمج في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>القيم (⁨%1⁩)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>⁨%1⁩ ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>⁨%1⁩ ⁨%2⁩ · ⁨%3⁩</translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation>فتح هذا العنصر (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Referenced by nothing</source>
        <translation>لا يشير إليه شيء</translation>
    </message>
    <message>
        <source>Referenced by (%1)</source>
        <translation>مُشار إليه من (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit this entity</source>
        <translation>تعديل هذا الكيان</translation>
    </message>
    <message>
        <source>Add, change or remove values (Ctrl+Shift+D)</source>
        <translation>إضافة القيم أو تغييرها أو إزالتها (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the values here; again to only read them (Ctrl+Shift+D)</source>
        <translation>تعديل القيم هنا؛ ومرة أخرى للاكتفاء بقراءتها (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityEditor</name>
    <message>
        <source>Entity editor</source>
        <translation>محرر الكيان</translation>
    </message>
    <message>
        <source>Delete this entity</source>
        <translation>حذف هذا الكيان</translation>
    </message>
    <message>
        <source>Values and their provenance (F2 edits, Delete removes)</source>
        <translation>القيم ومصادرها (F2 للتعديل، Delete للإزالة)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>إضافة قيمة</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>الخاصية:</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Type a name and pick the entity</source>
        <translation>اكتب اسمًا واختر الكيان</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>قيمة نصية</translation>
    </message>
    <message>
        <source>Dataset of the value</source>
        <translation>مجموعة بيانات القيمة</translation>
    </message>
    <message>
        <source>Source of the value</source>
        <translation>مصدر القيمة</translation>
    </message>
    <message>
        <source>Sensitivity of the value</source>
        <translation>حساسية القيمة</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>المصدر والحساسية:</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;إضافة القيمة</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>إضافة القيمة</translation>
    </message>
    <message>
        <source>&amp;Remove selected value</source>
        <translation>إزالة القيمة المحددة</translation>
    </message>
    <message>
        <source>Remove selected value</source>
        <translation>إزالة القيمة المحددة</translation>
    </message>
    <message>
        <source>Findings about it</source>
        <translation>الاستنتاجات المتعلقة به</translation>
    </message>
    <message>
        <source>Findings about this entity</source>
        <translation>الاستنتاجات المتعلقة بهذا الكيان</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>لم يُحدَّد أي كيان</translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation>الكيان غير موجود</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>⁨%1⁩ - ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Return opens %1</source>
        <translation>يفتح Enter ⁨%1⁩</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بلا مصدر)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>⁨%1⁩ [⁨%2⁩]</translation>
    </message>
    <message>
        <source>A %1: type part of its name, Return picks it</source>
        <translation>⁨%1⁩: اكتب جزءًا من الاسم، ويختاره Enter</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>Long text: Ctrl+Return adds it</source>
        <translation>نص طويل: يضيفه Ctrl+Enter</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>تاريخ: YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>A country: type its name</source>
        <translation>بلد: اكتب اسمه</translation>
    </message>
    <message>
        <source>A web address: https://...</source>
        <translation>عنوان ويب: https://...</translation>
    </message>
    <message>
        <source>A number, e.g. 250000 or 12.5</source>
        <translation>رقم، مثل 250000 أو 12.5</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>Pick an entity from the suggestions first.</source>
        <translation>اختر كيانًا من الاقتراحات أولًا.</translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation>اكتب قيمة أولًا.</translation>
    </message>
    <message>
        <source>Delete entit&amp;y</source>
        <translation>حذف الكيان</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>القيمة:</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::EntityTableModel</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>⁨%1⁩ (مدمج في ⁨%2⁩)</translation>
    </message>
    <message>
        <source>This %1 has no name of its own.</source>
        <translation>هذا العنصر (⁨%1⁩) ليس له اسم خاص به.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExchangeActions</name>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>استيراد &amp;حزمة…</translation>
    </message>
    <message>
        <source>Import a signed exchange bundle from a partner organisation</source>
        <translation>استيراد حزمة تبادل موقَّعة من منظمة شريكة</translation>
    </message>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>تصدير ح&amp;زمة…</translation>
    </message>
    <message>
        <source>Export a signed bundle for partners, redacted and sealed</source>
        <translation>تصدير حزمة موقَّعة للشركاء، منقّحة ومختومة</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>ال&amp;مفاتيح…</translation>
    </message>
    <message>
        <source>This organisation&apos;s key and partners&apos; keys</source>
        <translation>مفتاح هذه المنظمة ومفاتيح الشركاء</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Commonplace bundles (*.cpbundle);;All files (*)</source>
        <translation>حزم Commonplace (*.cpbundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>Imported into dataset “%1”: %2 new values, %3 retracted.</source>
        <translation>استُورد إلى مجموعة البيانات «⁨%1⁩»: قيم جديدة: ⁨%2⁩، ومسحوبة: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>صُدِّرت الحزمة</translation>
    </message>
    <message>
        <source>Bundle number %1 of dataset “%2” written.</source>
        <translation>كُتبت الحزمة رقم ⁨%1⁩ من مجموعة البيانات «⁨%2⁩».</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>أسطر JSON بصيغة FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV (one table per type)</source>
        <translation>CSV (جدول لكل نوع)</translation>
    </message>
    <message>
        <source>GraphML (yEd, NetworkX)</source>
        <translation>GraphML (yEd، NetworkX)</translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Highest sensitivity to include</source>
        <translation>أعلى درجة حساسية تُضمَّن</translation>
    </message>
    <message>
        <source>Values and sources more sensitive than this are left out.</source>
        <translation>تُستبعد القيم والمصادر الأعلى حساسيةً من هذا المستوى.</translation>
    </message>
    <message>
        <source>Dataset to export</source>
        <translation>مجموعة البيانات المراد تصديرها</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>جميع مجموعات البيانات</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>ملف الوجهة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>اختيار ملف الوجهة</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>صيغة الملف:</translation>
    </message>
    <message>
        <source>&amp;Include up to:</source>
        <translation>&amp;إدراج حتى:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>مجموعة &amp;البيانات:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;وجهة الحفظ:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>One CSV file per type is written into this folder; files of the same name there are replaced.</source>
        <translation>يُكتب ملف CSV لكل نوع في هذا المجلد، وتُستبدل الملفات التي تحمل الاسم نفسه.</translation>
    </message>
    <message>
        <source>The file is written whole or not at all.</source>
        <translation>يُكتب الملف كاملًا أو لا يُكتب إطلاقًا.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>ملفات %1 (*.%2);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per type)</source>
        <translation>مصنف Excel (ورقة لكل نوع)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingForm</name>
    <message>
        <source>Record a finding</source>
        <translation>تسجيل استنتاج</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>ما تم التوصل إليه، في سطر واحد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type a country name</source>
        <translation>اكتب اسم بلد</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>The finding in detail: who did what, when, with which money</source>
        <translation>الاستنتاج بالتفصيل: من فعل ماذا، ومتى، وبأي أموال</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Filter tactics</source>
        <translation>تصفية الأساليب</translation>
    </message>
    <message>
        <source>Type to filter, Return to tick</source>
        <translation>اكتب للتصفية، وEnter للتحديد</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>الأساليب</translation>
    </message>
    <message>
        <source>T&amp;actics:</source>
        <translation>الأساليب:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>إضافة جهة فاعلة</translation>
    </message>
    <message>
        <source>Type a name: pick one, or create it</source>
        <translation>اكتب اسمًا: اختر واحدًا أو أنشئه</translation>
    </message>
    <message>
        <source>Actors of this finding (Delete removes)</source>
        <translation>الجهات الفاعلة في هذا الاستنتاج (Delete للإزالة)</translation>
    </message>
    <message>
        <source>Relationship it establishes</source>
        <translation>العلاقة التي يثبتها</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Type a title: pick a source, or add a new one</source>
        <translation>اكتب عنوانًا: اختر مصدرًا أو أضف مصدرًا جديدًا</translation>
    </message>
    <message>
        <source>New source &quot;%1&quot;...</source>
        <translation>مصدر جديد «⁨%1⁩»…</translation>
    </message>
    <message>
        <source>Sources of this finding (Delete removes)</source>
        <translation>مصادر هذا الاستنتاج (Delete للإزالة)</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>الناشر:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>تاريخ المصدر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>موثوقية المصدر (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>الموثوقية:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>مصداقية المعلومة (1-6)</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>المصداقية:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <source>Path of a file to attach (optional)</source>
        <translation>مسار ملف لإرفاقه (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>اختيار ملف لإرفاقه</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Add this source</source>
        <translation>إضافة هذا المصدر</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>حفظ الاستنتاج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>تعديل الاستنتاج</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - new</source>
        <translation>⁨%1⁩ - سيُنشأ</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>مثل USD أو EUR</translation>
    </message>
    <message>
        <source>A new source needs a title.</source>
        <translation>يحتاج المصدر الجديد إلى عنوان.</translation>
    </message>
    <message>
        <source>The source date &quot;%1&quot; is not a date (YYYY-MM-DD, YYYY-MM or YYYY).</source>
        <translation>تاريخ المصدر «⁨%1⁩» ليس تاريخًا (YYYY-MM-DD أو YYYY-MM أو YYYY).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>حجم ⁨%1⁩ هو ⁨%2⁩ ميغابايت؛ والحد الأقصى للمرفقات ⁨%3⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 [%2] - new</source>
        <translation>⁨%1⁩ [⁨%2⁩] - سيُنشأ</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>، مع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>إرفاق ملف بالمصدر</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>يحتاج الاستنتاج إلى عنوان.</translation>
    </message>
    <message>
        <source>Unknown country &quot;%1&quot;.</source>
        <translation>بلد غير معروف: «⁨%1⁩».</translation>
    </message>
    <message>
        <source>No tactic ticked</source>
        <translation>لم يُحدَّد أي أسلوب</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>المحدَّدة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>طرف العلاقة</translation>
    </message>
    <message>
        <source>Value of the relationship</source>
        <translation>قيمة العلاقة</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>الحساسية:</translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation>مجموعة البيانات:</translation>
    </message>
    <message>
        <source>Save f&amp;inding</source>
        <translation>حفظ الاستنتاج</translation>
    </message>
    <message>
        <source>Create new %1 &quot;%2&quot;</source>
        <translation>إنشاء «⁨%2⁩» (⁨%1⁩)</translation>
    </message>
    <message>
        <source>New source with the file %1...</source>
        <translation>مصدر جديد مع الملف ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, Alt+U sources; Down in an empty field lists the recent ones.</source>
        <translation>Ctrl+Enter للحفظ، وEsc للإلغاء. Alt+C الجهات الفاعلة، Alt+R العلاقة، Alt+U المصادر؛ السهم السفلي في حقل فارغ يسرد الأحدث.</translation>
    </message>
    <message>
        <source>Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources.</source>
        <translation>Ctrl+Enter يحفظ كل التغييرات خطوةً واحدة (Ctrl+Z يتراجع عنها)، وEsc يتخلّى عن التغييرات. Alt+C الجهات الفاعلة، Alt+R العلاقة، Alt+U المصادر.</translation>
    </message>
    <message>
        <source>e.g. 50000, 50k, 1.2m USD</source>
        <translation>مثل 50000 أو 50k أو 1.2m USD</translation>
    </message>
    <message>
        <source>From the file: the date it was created. Check it.</source>
        <translation>من الملف: تاريخ إنشائه. تحقّق منه.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingTableModel</name>
    <message>
        <source>%1 - %2</source>
        <translation>⁨%1⁩ - ⁨%2⁩</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::FindingsView</name>
    <message>
        <source>Search findings</source>
        <translation>البحث في الاستنتاجات</translation>
    </message>
    <message>
        <source>Search findings by title and text</source>
        <translation>البحث في الاستنتاجات بالعنوان والنص</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>حذف الاستنتاج</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; has changes that are not saved.</source>
        <translation>في الاستنتاج «⁨%1⁩» تغييرات غير محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>لا استنتاجات</numerusform>
            <numerusform>استنتاج واحد</numerusform>
            <numerusform>استنتاجان</numerusform>
            <numerusform>%Ln استنتاجات</numerusform>
            <numerusform>%Ln استنتاجًا</numerusform>
            <numerusform>%Ln استنتاج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation>لوحة الشبكة</translation>
    </message>
    <message>
        <source>Search for an actor above, or choose &quot;Whole graph&quot;, to start exploring.
Double-click an actor to show its neighbours.</source>
        <translation>ابحث عن جهة فاعلة في الأعلى، أو اختر «الشبكة كاملة»، لبدء الاستكشاف.
انقر نقرًا مزدوجًا على جهة فاعلة لعرض الجهات المجاورة لها.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::GraphExplorer</name>
    <message>
        <source>Find an actor to start from…</source>
        <translation>ابحث عن جهة فاعلة للبدء منها…</translation>
    </message>
    <message>
        <source>Find an actor to start from</source>
        <translation>ابحث عن جهة فاعلة للبدء منها</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>الشبكة كاملة</translation>
    </message>
    <message>
        <source>Show every actor under the filter</source>
        <translation>عرض كل الجهات الفاعلة التي يشملها عامل التصفية</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove every actor from the view</source>
        <translation>إزالة كل الجهات الفاعلة من العرض</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>موجَّه بالقوى</translation>
    </message>
    <message>
        <source>Layered (money flow)</source>
        <translation>طبقي (تدفق الأموال)</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>دائري</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Arrange the actors shown; pinned actors keep their place</source>
        <translation>ترتيب الجهات الفاعلة المعروضة؛ تحتفظ الجهات المثبّتة بمكانها</translation>
    </message>
    <message>
        <source>Node size</source>
        <translation>حجم العُقد</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>الحجم: PageRank</translation>
    </message>
    <message>
        <source>Size: total received</source>
        <translation>الحجم: إجمالي المقبوض</translation>
    </message>
    <message>
        <source>Size: total given</source>
        <translation>الحجم: إجمالي المدفوع</translation>
    </message>
    <message>
        <source>Size: equal</source>
        <translation>الحجم: متساوٍ</translation>
    </message>
    <message>
        <source>Node colour</source>
        <translation>لون العُقد</translation>
    </message>
    <message>
        <source>Colour: type</source>
        <translation>اللون: النوع</translation>
    </message>
    <message>
        <source>Colour: community</source>
        <translation>اللون: المجتمع</translation>
    </message>
    <message>
        <source>Colour: type, ring brokers</source>
        <translation>اللون: النوع، مع تطويق الوسطاء</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Saved diagrams</source>
        <translation>المخططات المحفوظة</translation>
    </message>
    <message>
        <source>Saved diagrams of this workspace</source>
        <translation>المخططات المحفوظة في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>فتح المخطط</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Save Diagram As…</source>
        <translation>حفظ المخطط باسم…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>حذف المخطط</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>تصدير صورة…</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>تقدّم الترتيب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>إلى سنة</translation>
    </message>
    <message>
        <source>Include undated</source>
        <translation>تضمين غير المؤرَّخة</translation>
    </message>
    <message>
        <source>Amount and evidence</source>
        <translation>المبلغ والأدلة</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>الحد الأدنى للمبلغ</translation>
    </message>
    <message>
        <source>Hide relationships whose amount is below this (those without an amount stay)</source>
        <translation>إخفاء العلاقات التي يقل مبلغها عن هذا (تبقى العلاقات التي ليس لها مبلغ)</translation>
    </message>
    <message>
        <source>Minimum grading</source>
        <translation>الحد الأدنى للتقييم</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ تقييم</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>⁨%1⁩ أو أفضل</translation>
    </message>
    <message>
        <source>Keep relationships with a source graded at least this well</source>
        <translation>الإبقاء على العلاقات التي لها مصدر بهذا التقييم على الأقل</translation>
    </message>
    <message>
        <source>Highest sensitivity shown</source>
        <translation>أعلى حساسية معروضة</translation>
    </message>
    <message>
        <source>Show only values up to this sensitivity</source>
        <translation>عرض القيم حتى هذه الحساسية فقط</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Relationships shown</source>
        <translation>العلاقات المعروضة</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <source>Datasets shown</source>
        <translation>مجموعات البيانات المعروضة</translation>
    </message>
    <message>
        <source>Selection, paths and money flows</source>
        <translation>التحديد والمسارات وتدفقات الأموال</translation>
    </message>
    <message>
        <source>Show neighbours</source>
        <translation>عرض المجاورين</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>تثبيت / إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>فتح التفاصيل</translation>
    </message>
    <message>
        <source>Money-flow timeline</source>
        <translation>الخط الزمني لتدفق الأموال</translation>
    </message>
    <message>
        <source>Click an actor to select it, Ctrl+click a second one for the paths between them. Double-click shows neighbours. Drag to move; wheel or +/- to zoom, arrows to pan, 0 to fit.</source>
        <translation>انقر على جهة فاعلة لتحديدها، وCtrl+نقر على ثانية لعرض المسارات بينهما. يعرض النقر المزدوج المجاورين. اسحب للتحريك؛ العجلة أو +/- للتكبير، والأسهم للتنقل، و0 للملاءمة.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <source>Longest path, in hops:</source>
        <translation>أطول مسار، بعدد القفزات:</translation>
    </message>
    <message>
        <source>Longest path, in hops</source>
        <translation>أطول مسار، بعدد القفزات</translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation>في كلا الاتجاهين</translation>
    </message>
    <message>
        <source>Paths between the selected actors</source>
        <translation>المسارات بين الجهات الفاعلة المحددة</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>القفزات</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Hops to follow:</source>
        <translation>عدد القفزات للتتبّع:</translation>
    </message>
    <message>
        <source>Follow the money within hops</source>
        <translation>تتبّع الأموال ضمن هذا العدد من القفزات</translation>
    </message>
    <message>
        <source>Funders and beneficiaries</source>
        <translation>المموِّلون والمستفيدون</translation>
    </message>
    <message>
        <source>Funder / beneficiary</source>
        <translation>المموِّل / المستفيد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>الدافع</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>انقر نقرًا مزدوجًا على دفعة لفتحها</translation>
    </message>
    <message>
        <source>Follow the money</source>
        <translation>تتبّع الأموال</translation>
    </message>
    <message>
        <source>The graph could not be loaded: %1</source>
        <translation>تعذّر تحميل الشبكة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1–%2 and undated</source>
        <translation>⁨%1⁩–⁨%2⁩ وغير المؤرَّخة</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>⁨%1⁩–⁨%2⁩</translation>
    </message>
    <message>
        <source>amounts from %1</source>
        <translation>المبالغ بدءًا من ⁨%1⁩</translation>
    </message>
    <message>
        <source>sources graded %1 or better</source>
        <translation>مصادر بتقييم ⁨%1⁩ أو أفضل</translation>
    </message>
    <message>
        <source>datasets %1</source>
        <translation>مجموعات البيانات ⁨%1⁩</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>القيم حتى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Filter: %1. Made with Commonplace on %2.</source>
        <translation>عامل التصفية: ⁨%1⁩. أُنشئ باستخدام Commonplace في ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Actor-funding graph</source>
        <translation>شبكة التمويل بين الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Size: PageRank (influence)</source>
        <translation>الحجم: PageRank (التأثير)</translation>
    </message>
    <message>
        <source>Size: total received (%1)</source>
        <translation>الحجم: إجمالي المقبوض (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Size: total given (%1)</source>
        <translation>الحجم: إجمالي المدفوع (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Colour: community (Louvain)</source>
        <translation>اللون: المجتمع (Louvain)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>لا توجد مساحة عمل.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>جارٍ تحميل الشبكة…</translation>
    </message>
    <message>
        <source>Actors shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation>الجهات الفاعلة المعروضة: ⁨%1⁩ من أصل ⁨%2⁩. العلاقات المعروضة: ⁨%3⁩ من أصل ⁨%4⁩.</translation>
    </message>
    <message>
        <source>%1 Left out below the minimum amount: %2.</source>
        <translation>⁨%1⁩ المستبعدة دون الحد الأدنى للمبلغ: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>No dated relationships</source>
        <translation>لا توجد علاقات مؤرَّخة</translation>
    </message>
    <message>
        <source>All dates (%1–%2)</source>
        <translation>كل التواريخ (⁨%1⁩–⁨%2⁩)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an actor of the graph under this filter.</source>
        <translation>«⁨%1⁩» ليست جهة فاعلة في الشبكة ضمن عامل التصفية هذا.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n neighbours; showing the %2 most central.</source>
        <translation>
            <numerusform>ليس لـ⁨%1⁩ مجاورون؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
            <numerusform>لـ⁨%1⁩ مجاور واحد؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
            <numerusform>لـ⁨%1⁩ مجاوران؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
            <numerusform>لـ⁨%1⁩ %n مجاورين؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
            <numerusform>لـ⁨%1⁩ %n مجاورًا؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
            <numerusform>لـ⁨%1⁩ %n مجاور؛ يُعرض أكثر ⁨%2⁩ مركزية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No actor of the graph matches &apos;%1&apos;.</source>
        <translation>لا توجد جهة فاعلة في الشبكة تطابق «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>تحريك ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actors</source>
        <translation>
            <numerusform>عدم تحريك أي جهة فاعلة</numerusform>
            <numerusform>تحريك جهة فاعلة واحدة</numerusform>
            <numerusform>تحريك جهتين فاعلتين</numerusform>
            <numerusform>تحريك %n جهات فاعلة</numerusform>
            <numerusform>تحريك %n جهةً فاعلة</numerusform>
            <numerusform>تحريك %n جهة فاعلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation>عرض المجاورين</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>فتح التفاصيل</translation>
    </message>
    <message>
        <source>Money-Flow Timeline</source>
        <translation>الخط الزمني لتدفق الأموال</translation>
    </message>
    <message>
        <source>Follow the Money</source>
        <translation>تتبّع الأموال</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Whole Graph</source>
        <translation>الشبكة كاملة</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n actors…</source>
        <translation>
            <numerusform>لا جهات فاعلة للترتيب…</numerusform>
            <numerusform>جارٍ ترتيب جهة فاعلة واحدة…</numerusform>
            <numerusform>جارٍ ترتيب جهتين فاعلتين…</numerusform>
            <numerusform>جارٍ ترتيب %n جهات فاعلة…</numerusform>
            <numerusform>جارٍ ترتيب %n جهةً فاعلة…</numerusform>
            <numerusform>جارٍ ترتيب %n جهة فاعلة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout stopped: %1</source>
        <translation>توقف الترتيب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Layout stopped.</source>
        <translation>توقف الترتيب.</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>الترتيب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>لم يُحدَّد شيء.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;⁨%1⁩&lt;/b&gt; · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>أقصر مسار</translation>
    </message>
    <message numerus="yes">
        <source>The first %n paths found</source>
        <translation>
            <numerusform>لم يُعثر على مسارات</numerusform>
            <numerusform>أول مسار عُثر عليه</numerusform>
            <numerusform>أول مسارين عُثر عليهما</numerusform>
            <numerusform>أول %n مسارات عُثر عليها</numerusform>
            <numerusform>أول %n مسارًا عُثر عليها</numerusform>
            <numerusform>أول %n مسار عُثر عليها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paths</source>
        <translation>
            <numerusform>لا مسارات</numerusform>
            <numerusform>المسار الوحيد</numerusform>
            <numerusform>المساران كلاهما</numerusform>
            <numerusform>المسارات الـ%n كلها</numerusform>
            <numerusform>المسارات الـ%n كلها</numerusform>
            <numerusform>المسارات الـ%n كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funders of %1 (%n)</source>
        <translation>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
            <numerusform>مموِّلو ⁨%1⁩ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beneficiaries of %1 (%n)</source>
        <translation>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
            <numerusform>المستفيدون من ⁨%1⁩ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hops)</source>
        <translation>
            <numerusform>⁨%1⁩ (بلا قفزات)</numerusform>
            <numerusform>⁨%1⁩ (قفزة واحدة)</numerusform>
            <numerusform>⁨%1⁩ (قفزتان)</numerusform>
            <numerusform>⁨%1⁩ (%n قفزات)</numerusform>
            <numerusform>⁨%1⁩ (%n قفزةً)</numerusform>
            <numerusform>⁨%1⁩ (%n قفزة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show it in the graph</source>
        <translation>انقر نقرًا مزدوجًا لعرضه في الشبكة</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرَّخ</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>بلا مبلغ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>⁨%1⁩ ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Click to list these payments and their sources</source>
        <translation>انقر لعرض هذه الدفعات ومصادرها</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>(unsaved view)</source>
        <translation>(عرض غير محفوظ)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>صُدِّر ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن ⁨%1⁩</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>عبر ⁨%1⁩</translation>
    </message>
    <message>
        <source>Rename Diagram…</source>
        <translation>إعادة تسمية المخطط…</translation>
    </message>
    <message>
        <source>Delete Diagram…</source>
        <translation>حذف المخطط…</translation>
    </message>
    <message>
        <source>Computing paths or money flows</source>
        <translation>حساب المسارات أو تدفقات الأموال</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop waiting for the paths or money flows being computed</source>
        <translation>التوقف عن انتظار حساب المسارات أو تدفقات الأموال</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقّف.</translation>
    </message>
    <message>
        <source>Finding paths…</source>
        <translation>جارٍ البحث عن المسارات…</translation>
    </message>
    <message>
        <source>Following the money…</source>
        <translation>جارٍ تتبّع الأموال…</translation>
    </message>
    <message>
        <source>Reading the payments&apos; sources…</source>
        <translation>جارٍ قراءة مصادر الدفعات…</translation>
    </message>
    <message>
        <source>Choose a saved diagram first.</source>
        <translation>اختر مخططًا محفوظًا أولًا.</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>إعادة تسمية المخطط</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete the diagram “%1”? This cannot be undone; the view stays on screen until you change it.</source>
        <translation>حذف المخطط «⁨%1⁩»؟ لا يمكن التراجع عن ذلك؛ يبقى العرض على الشاشة حتى تغيّره.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Diagram “%1” deleted.</source>
        <translation>حُذف المخطط «⁨%1⁩».</translation>
    </message>
    <message>
        <source>Side Panel</source>
        <translation>اللوحة الجانبية</translation>
    </message>
    <message>
        <source>Show or hide the side panel: selection, paths, follow the money (F9)</source>
        <translation>عرض اللوحة الجانبية أو إخفاؤها: التحديد والمسارات وتتبّع الأموال (F9)</translation>
    </message>
    <message>
        <source>Show the side panel</source>
        <translation>عرض اللوحة الجانبية</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into this workspace. Everything in the file is imported, or nothing is.</source>
        <translation>استيراد &lt;b&gt;⁨%1⁩&lt;/b&gt; إلى مساحة العمل هذه. يُستورد كل ما في الملف أو لا يُستورد شيء.</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>اسم مجموعة البيانات</translation>
    </message>
    <message>
        <source>Every value remembers the dataset it came from. Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>تحتفظ كل قيمة بمجموعة البيانات التي جاءت منها. أحرف وأرقام و&apos;_&apos; و&apos;-&apos; و&apos;.&apos;.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>الكشف من الملف</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines</source>
        <translation>أسطر JSON بصيغة FollowTheMoney</translation>
    </message>
    <message>
        <source>CSV with a mapping</source>
        <translation>CSV مع ملف مطابقة</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>ملف المطابقة</translation>
    </message>
    <message>
        <source>A JSON file saying which column goes to which property</source>
        <translation>ملف JSON يحدد أي عمود يذهب إلى أي خاصية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a mapping file</source>
        <translation>اختيار ملف مطابقة</translation>
    </message>
    <message>
        <source>Sensitivity of the imported values</source>
        <translation>حساسية القيم المستوردة</translation>
    </message>
    <message>
        <source>The lowest sensitivity the imported values get; values the file marks as more sensitive keep their level.</source>
        <translation>أدنى درجة حساسية تُعطى للقيم المستوردة؛ أما القيم التي يصنّفها الملف بحساسية أعلى فتحتفظ بمستواها.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>مجموعة &amp;البيانات:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>صيغة الملف:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>ملف المطابقة:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;درجة الحساسية:</translation>
    </message>
    <message>
        <source>Choose a CSV mapping</source>
        <translation>اختيار ملف مطابقة CSV</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>ملفات المطابقة (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>أول صفوف الملف</translation>
    </message>
    <message>
        <source>Entities the mapping makes of these rows</source>
        <translation>الكيانات التي تنشئها المطابقة من هذه الصفوف</translation>
    </message>
    <message>
        <source>Entity or property</source>
        <translation>الكيان أو الخاصية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>First &amp;rows of the file:</source>
        <translation>&amp;أول صفوف الملف:</translation>
    </message>
    <message>
        <source>&amp;Entities they make:</source>
        <translation>الكيانات الناتجة:</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows make these entities. Nothing is written to your workspace until you import.</source>
        <translation>
            <numerusform>لا صفوف تنشئ كيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
            <numerusform>ينشئ الصف الأول هذه الكيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
            <numerusform>ينشئ الصفان الأولان هذه الكيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
            <numerusform>تنشئ الصفوف الـ%n الأولى هذه الكيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
            <numerusform>تنشئ الصفوف الـ%n الأولى هذه الكيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
            <numerusform>تنشئ الصفوف الـ%n الأولى هذه الكيانات. لا يُكتب شيء في مساحة العمل حتى تستورد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edi&amp;t Mapping…</source>
        <translation>تعديل المطابقة…</translation>
    </message>
    <message>
        <source>Make a new mapping, or change this one, in the CSV mapping editor</source>
        <translation>إنشاء مطابقة جديدة أو تغيير هذه المطابقة في محرّر مطابقات CSV</translation>
    </message>
    <message>
        <source>Choose a mapping, or make one with “Edit Mapping…”, to see the entities these rows make.</source>
        <translation>اختر مطابقة، أو أنشئ واحدة عبر «تعديل المطابقة…»، لرؤية الكيانات التي تنتجها هذه الصفوف.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::KeyringDialog</name>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>هذه المنظمة</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>تصدير المفتاح العام…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>اسم المنظمة:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;إعادة الإدخال:</translation>
    </message>
    <message>
        <source>&amp;Create Organisation Key</source>
        <translation>إنشاء مفتاح المنظمة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Partner keys</source>
        <translation>مفاتيح الشركاء</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>&amp;Import Key File…</source>
        <translation>استيراد ملف مفتاح…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;اعتماد</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Trust a key only after reading its fingerprint, or its words, to the partner by another channel: phone, or in person.</source>
        <translation>لا تعتمد مفتاحًا إلا بعد قراءة بصمته أو كلماته للشريك عبر قناة أخرى: الهاتف أو شخصيًا.</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2
In words: %3</source>
        <translation>⁨%1⁩
البصمة: ⁨%2⁩
بالكلمات: ⁨%3⁩</translation>
    </message>
    <message>
        <source>No organisation key yet. Make one to sign bundles and to receive sealed ones; it is made once, so choose the name partners know.</source>
        <translation>لا يوجد مفتاح منظمة بعد. أنشئ واحدًا لتوقيع الحزم ولتلقي الحزم المختومة؛ يُنشأ مرة واحدة، فاختر الاسم الذي يعرفه الشركاء.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>أدخل اسم المنظمة.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>اختر عبارة مرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s public key</source>
        <translation>استيراد المفتاح العام لشريك</translation>
    </message>
    <message>
        <source>Public key files (*.pub *.json);;All files (*)</source>
        <translation>ملفات المفاتيح العامة (*.pub *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>تصدير المفتاح العام</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>ملفات المفاتيح العامة (*.pub);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Trust the key of %1?

Fingerprint: %2
In words: %3

Only if the partner read you this same fingerprint by another channel.</source>
        <translation>اعتماد مفتاح ⁨%1⁩؟

البصمة: ⁨%2⁩
بالكلمات: ⁨%3⁩

فقط إذا قرأ لك الشريك البصمة نفسها عبر قناة أخرى.</translation>
    </message>
    <message>
        <source>Revoke the key of %1? Bundles signed with it will be refused from now on. Revocation cannot be undone.</source>
        <translation>إبطال مفتاح ⁨%1⁩؟ ستُرفض الحزم الموقَّعة به من الآن فصاعدًا. لا يمكن التراجع عن الإبطال.</translation>
    </message>
    <message>
        <source>%1 in words: %2</source>
        <translation>⁨%1⁩ بالكلمات: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Select a key to see its fingerprint in words.</source>
        <translation>حدّد مفتاحًا لعرض بصمته بالكلمات.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MainWindow</name>
    <message>
        <source>Commonplace</source>
        <translation>Commonplace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>إنشاء ملف مساحة عمل فارغ</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>فتح ملف مساحة عمل</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import FollowTheMoney JSON lines or CSV with a mapping</source>
        <translation>استيراد أسطر JSON بصيغة FollowTheMoney أو ملف CSV مع ملف مطابقة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the workspace or a dataset to share or analyse</source>
        <translation>تصدير مساحة العمل أو مجموعة بيانات لمشاركتها أو تحليلها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>Language, defaults for new findings, locking, text size</source>
        <translation>اللغة، والقيم الافتراضية للاستنتاجات الجديدة، والقفل، وحجم النص</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ت&amp;حميل</translation>
    </message>
    <message>
        <source>Read the workspace again, e.g. after the command line changed it</source>
        <translation>إعادة قراءة مساحة العمل، مثلًا بعد تعديلها من سطر الأوامر</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Dataset</source>
        <translation>تحميل مجموعة البيانات ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Load the demo dataset?</source>
        <translation>تحميل مجموعة البيانات التجريبية؟</translation>
    </message>
    <message>
        <source>The demo dataset is fictional: invented funders, groups, people and payments for trying Commonplace out. It goes into a dataset named &quot;demo&quot; in this workspace. Load it here rather than in a workspace with real research?</source>
        <translation>مجموعة البيانات التجريبية خيالية: مموِّلون ومجموعات وأشخاص ودفعات مختلَقة لتجربة Commonplace. تُضاف إلى مجموعة بيانات باسم &quot;demo&quot; في مساحة العمل هذه. هل تريد تحميلها هنا بدلًا من مساحة عمل تحتوي على أبحاث حقيقية؟</translation>
    </message>
    <message>
        <source>Add the fictional demo dataset to this workspace</source>
        <translation>إضافة مجموعة البيانات التجريبية الخيالية إلى مساحة العمل هذه</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>&amp;حول Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>تعذّرت القراءة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Stop the running task?</source>
        <translation>إيقاف المهمة الجارية؟</translation>
    </message>
    <message>
        <source>An import or export is still running. Quit and cancel it? The workspace stays as it was before the task started.</source>
        <translation>لا تزال عملية استيراد أو تصدير جارية. هل تريد الخروج وإلغاءها؟ تبقى مساحة العمل كما كانت قبل بدء المهمة.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>This workspace includes the demo dataset: fictional people, organisations and payments, for trying Commonplace out.</source>
        <translation>تتضمن مساحة العمل هذه مجموعة البيانات التجريبية: أشخاص ومنظمات ودفعات خيالية لتجربة Commonplace.</translation>
    </message>
    <message>
        <source>%1 — Commonplace</source>
        <translation>%1 — Commonplace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace)</source>
        <translation>مساحات عمل Commonplace (*.commonplace)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Commonplace workspaces (*.commonplace);;All files (*)</source>
        <translation>مساحات عمل Commonplace (*.commonplace);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>FollowTheMoney JSON lines (*.ijson *.json *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>أسطر JSON بصيغة FollowTheMoney (*.ijson *.json *.jsonl);;CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entities from %1 into dataset “%2” (%3 new, %4 values added).</source>
        <translation>
            <numerusform>لم يُستورد أي كيان من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
            <numerusform>استُورد كيان واحد من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
            <numerusform>استُورد كيانان من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
            <numerusform>استُوردت %n كيانات من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
            <numerusform>استُورد %n كيانًا من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
            <numerusform>استُورد %n كيان من ⁨%1⁩ إلى مجموعة البيانات «⁨%2⁩» (⁨%3⁩ جديدة، وأُضيفت ⁨%4⁩ قيمة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n references point at entities not in the workspace.</source>
        <translation>
            <numerusform>لا توجد إحالات إلى كيانات خارج مساحة العمل.</numerusform>
            <numerusform>إحالة واحدة تشير إلى كيان غير موجود في مساحة العمل.</numerusform>
            <numerusform>إحالتان تشيران إلى كيانات غير موجودة في مساحة العمل.</numerusform>
            <numerusform>%n إحالات تشير إلى كيانات غير موجودة في مساحة العمل.</numerusform>
            <numerusform>%n إحالةً تشير إلى كيانات غير موجودة في مساحة العمل.</numerusform>
            <numerusform>%n إحالة تشير إلى كيانات غير موجودة في مساحة العمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>أُلغي الاستيراد؛ لم تتغير مساحة العمل.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>⁨%1⁩

لم يُستورد أي شيء؛ لم تتغير مساحة العمل.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entities (%1 values) to %2.</source>
        <translation>
            <numerusform>لم يُصدَّر أي كيان (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
            <numerusform>صُدِّر كيان واحد (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
            <numerusform>صُدِّر كيانان (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
            <numerusform>صُدِّرت %n كيانات (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
            <numerusform>صُدِّر %n كيانًا (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
            <numerusform>صُدِّر %n كيان (⁨%1⁩ قيمة) إلى ⁨%2⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values above “%1” were left out.</source>
        <translation>
            <numerusform>لم تُستبعد أي قيمة أعلى من «⁨%1⁩».</numerusform>
            <numerusform>استُبعدت قيمة واحدة أعلى من «⁨%1⁩».</numerusform>
            <numerusform>استُبعدت قيمتان أعلى من «⁨%1⁩».</numerusform>
            <numerusform>استُبعدت %n قيم أعلى من «⁨%1⁩».</numerusform>
            <numerusform>استُبعدت %n قيمةً أعلى من «⁨%1⁩».</numerusform>
            <numerusform>استُبعدت %n قيمة أعلى من «⁨%1⁩».</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Loading the demo dataset…</source>
        <translation>جارٍ تحميل مجموعة البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Loaded the demo dataset: fictional people, organisations and payments, for trying Commonplace out. None of it is real.</source>
        <translation>حُمِّلت مجموعة البيانات التجريبية: أشخاص ومنظمات ودفعات خيالية لتجربة Commonplace. لا شيء منها حقيقي.</translation>
    </message>
    <message>
        <source>Could not load the demo dataset</source>
        <translation>تعذّر تحميل مجموعة البيانات التجريبية</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>حول Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A research workbench for human-rights researchers: record findings on anti-rights actors with their sources, follow the money between them, and merge datasets with partners without losing who said what.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace ⁨%1⁩&lt;/h3&gt;&lt;p&gt;منصة عمل بحثية للباحثين في مجال حقوق الإنسان: سجّل الاستنتاجات المتعلقة بالجهات المناهضة للحقوق مع مصادرها، وتتبّع الأموال المتبادلة بينها، وادمج مجموعات البيانات مع الشركاء دون أن تفقد من قال ماذا.&lt;/p&gt;&lt;p&gt;برنامج حر مرخَّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one in the File menu.</source>
        <translation>لا توجد مساحة عمل مفتوحة. افتح واحدة أو أنشئها من قائمة ملف.</translation>
    </message>
    <message>
        <source>This workspace is empty. Import a file with File ▸ Import… (Ctrl+I), or try the fictional demo data with Help ▸ Load the Demo Dataset.</source>
        <translation>مساحة العمل هذه فارغة. استورد ملفًا من ملف ◂ استيراد… (Ctrl+I)، أو جرّب البيانات الخيالية من مساعدة ◂ تحميل مجموعة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>لا توجد نتائج مطابقة.</translation>
    </message>
    <message>
        <source>%1 entities · %2 values · %3 sources</source>
        <translation>الكيانات: ⁨%1⁩ · القيم: ⁨%2⁩ · المصادر: ⁨%3⁩</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>Encr&amp;ypt Workspace…</source>
        <translation>ت&amp;شفير مساحة العمل…</translation>
    </message>
    <message>
        <source>Protect this workspace on disk with a passphrase</source>
        <translation>حماية مساحة العمل هذه على القرص بعبارة مرور</translation>
    </message>
    <message>
        <source>Chan&amp;ge Passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this encrypted workspace</source>
        <translation>اختيار عبارة مرور جديدة لمساحة العمل المشفرة هذه</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Close the encrypted workspace and forget its key until the passphrase is entered again</source>
        <translation>إغلاق مساحة العمل المشفرة ونسيان مفتاحها إلى أن تُدخل عبارة المرور مجددًا</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور خاطئة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Locked — Commonplace</source>
        <translation>مقفل — Commonplace</translation>
    </message>
    <message>
        <source>Could not encrypt the workspace</source>
        <translation>تعذّر تشفير مساحة العمل</translation>
    </message>
    <message>
        <source>%1

The workspace is unchanged.</source>
        <translation>⁨%1⁩

لم تتغير مساحة العمل.</translation>
    </message>
    <message>
        <source>The workspace is now encrypted. Lock it with Ctrl+L.</source>
        <translation>أصبحت مساحة العمل مشفرة الآن. اقفلها باستخدام Ctrl+L.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens the workspace.</source>
        <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح مساحة العمل.</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>تعذّر تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>%1

The old passphrase still works.</source>
        <translation>⁨%1⁩

لا تزال عبارة المرور القديمة صالحة.</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>ال&amp;بحث في كل شيء…</translation>
    </message>
    <message>
        <source>Find actors, relationships, findings and sources by name, alias or text</source>
        <translation>البحث عن الجهات الفاعلة والعلاقات والاستنتاجات والمصادر بالاسم أو الاسم المستعار أو النص</translation>
    </message>
    <message>
        <source>&amp;Filter This List…</source>
        <translation>تص&amp;فية هذه القائمة…</translation>
    </message>
    <message>
        <source>Show only the entities of this list that match some words</source>
        <translation>عرض كيانات هذه القائمة التي تطابق كلمات معيّنة فقط</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>الا&amp;ستنتاجات</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>الجهات ال&amp;فاعلة</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>ال&amp;علاقات</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>ال&amp;مصادر</translation>
    </message>
    <message>
        <source>&amp;Tactics and Themes</source>
        <translation>الأسا&amp;ليب والمواضيع</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>مجموعات ال&amp;بيانات</translation>
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation>&amp;قائمة المراجعة</translation>
    </message>
    <message>
        <source>Focus the &amp;Navigator</source>
        <translation>الانتقال إلى &amp;شريط التنقل</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>شريط التنقل</translation>
    </message>
    <message>
        <source>Findings, actors by type, relationships, sources, tactics and themes, datasets and the review queue</source>
        <translation>الاستنتاجات، والجهات الفاعلة حسب النوع، والعلاقات، والمصادر، والأساليب والمواضيع، ومجموعات البيانات، وقائمة المراجعة</translation>
    </message>
    <message>
        <source>Search everything…  Ctrl+K</source>
        <translation>البحث في كل شيء…  Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Names, aliases and finding text across the workspace (Ctrl+K)</source>
        <translation>الأسماء والأسماء المستعارة ونصوص الاستنتاجات في مساحة العمل كلها (Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter this list by name or text…</source>
        <translation>تصفية هذه القائمة بالاسم أو النص…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Show only the entities of this list whose names or text match, as you type (Ctrl+F)</source>
        <translation>عرض كيانات هذه القائمة التي يطابق اسمها أو نصها ما تكتبه فقط (Ctrl+F)</translation>
    </message>
    <message>
        <source>Review queue: possible duplicates waiting for a decision.</source>
        <translation>قائمة المراجعة: تكرارات محتملة بانتظار قرار.</translation>
    </message>
    <message>
        <source>Preparing names for sorting…</source>
        <translation>جارٍ تجهيز الأسماء للفرز…</translation>
    </message>
    <message>
        <source>Could not prepare the names for sorting</source>
        <translation>تعذّر تجهيز الأسماء للفرز</translation>
    </message>
    <message>
        <source>Sorting by name stays incomplete until the names are prepared; they will be the next time the workspace opens.</source>
        <translation>يبقى الفرز حسب الاسم ناقصًا إلى أن تُجهَّز الأسماء؛ وسيحدث ذلك في المرة القادمة التي تُفتح فيها مساحة العمل.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>People, organisations, companies and public bodies</source>
        <translation>الأشخاص والمنظمات والشركات والهيئات العامة</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Payments, ownership, directorships, memberships and other links between actors</source>
        <translation>الدفعات والملكيات والمناصب الإدارية والعضويات وغيرها من الصلات بين الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>سجلات أخرى</translation>
    </message>
    <message>
        <source>Addresses, events, notes, documents and other records</source>
        <translation>العناوين والأحداث والملاحظات والوثائق والسجلات الأخرى</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Tactics and themes</source>
        <translation>الأساليب والمواضيع</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <source>Entities by the dataset their values come from</source>
        <translation>الكيانات حسب مجموعة البيانات التي جاءت منها قيمها</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>⁨%1⁩ › ⁨%2⁩</translation>
    </message>
    <message>
        <source>Preparing the names of this workspace for sorting…</source>
        <translation>جارٍ تجهيز أسماء مساحة العمل هذه للفرز…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%Ln كيانات</numerusform>
            <numerusform>%Ln كيانًا</numerusform>
            <numerusform>%Ln كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entities match</source>
        <translation>
            <numerusform>يطابق ⁨%1⁩ من لا كيانات</numerusform>
            <numerusform>يطابق ⁨%1⁩ من كيان واحد</numerusform>
            <numerusform>يطابق ⁨%1⁩ من كيانين</numerusform>
            <numerusform>يطابق ⁨%1⁩ من %Ln كيانات</numerusform>
            <numerusform>يطابق ⁨%1⁩ من %Ln كيانًا</numerusform>
            <numerusform>يطابق ⁨%1⁩ من %Ln كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entities match</source>
        <translation>
            <numerusform>لا كيانات مطابقة</numerusform>
            <numerusform>كيان واحد مطابق</numerusform>
            <numerusform>كيانان مطابقان</numerusform>
            <numerusform>%Ln كيانات مطابقة</numerusform>
            <numerusform>%Ln كيانًا مطابقًا</numerusform>
            <numerusform>%Ln كيان مطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the workspace…</source>
        <translation>جارٍ تشفير مساحة العمل…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MergeReview</name>
    <message>
        <source>Find Candidates</source>
        <translation>البحث عن مرشَّحين</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>الدرجة على الأقل</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>أدنى درجة</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>تقدّم المراجعة</translation>
    </message>
    <message>
        <source>%v of %m judged</source>
        <translation>%v من %m تم الحكم عليها</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>الأزواج المرشَّحة</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشَّحون</translation>
    </message>
    <message>
        <source>Merged entities</source>
        <translation>الكيانات المدمجة</translation>
    </message>
    <message>
        <source>Merged entity</source>
        <translation>الكيان المدمج</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unmerge Selected</source>
        <translation>فك دمج المحدد</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>المدمجة</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>فك الدمج</translation>
    </message>
    <message>
        <source>The two candidates side by side</source>
        <translation>المرشَّحان جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>سبب هذه الدرجة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Same actor (Y)</source>
        <translation>الجهة نفسها (Y)</translation>
    </message>
    <message>
        <source>Different (N)</source>
        <translation>مختلفان (N)</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>غير متأكد (U)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>تخطٍّ (S)</translation>
    </message>
    <message>
        <source>Looking for candidates…</source>
        <translation>جارٍ البحث عن مرشَّحين…</translation>
    </message>
    <message>
        <source>No candidates: %1</source>
        <translation>لا مرشَّحين: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No candidate pairs at this score: nothing to review.</source>
        <translation>لا توجد أزواج مرشَّحة بهذه الدرجة: لا شيء للمراجعة.</translation>
    </message>
    <message>
        <source>Y: same actor · N: different · U: unsure · S: skip</source>
        <translation>Y: الجهة نفسها · N: مختلفان · U: غير متأكد · S: تخطٍّ</translation>
    </message>
    <message>
        <source>%1%2 ↔ %3  (%4)</source>
        <translation>⁨%1⁩⁨%2⁩ ↔ ⁨%3⁩  (⁨%4⁩)</translation>
    </message>
    <message>
        <source>No candidates</source>
        <translation>لا مرشَّحين</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n judged</source>
        <translation>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
            <numerusform>⁨%1⁩ من %n تم الحكم عليها</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 (no longer in the workspace)&lt;/i&gt;</source>
        <translation>&lt;i&gt;⁨%1⁩ (لم يعد في مساحة العمل)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/a&gt;&lt;br&gt;%3 · %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;a href=&quot;⁨%1⁩&quot;&gt;&lt;b&gt;⁨%2⁩&lt;/b&gt;&lt;/a&gt;&lt;br&gt;⁨%3⁩ · ⁨%4⁩&lt;br&gt;&lt;small&gt;⁨%5⁩&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Match score from 0 to 1</source>
        <translation>درجة التطابق من 0 إلى 1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged from %n parts: %2</source>
        <translation>
            <numerusform>⁨%1⁩ غير مدمج من أي جزء: ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ مدمج من جزء واحد: ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ مدمج من جزأين: ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ مدمج من %n أجزاء: ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ مدمج من %n جزءًا: ⁨%2⁩</numerusform>
            <numerusform>⁨%1⁩ مدمج من %n جزء: ⁨%2⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged: the same actor.</source>
        <translation>الحكم: الجهة الفاعلة نفسها.</translation>
    </message>
    <message>
        <source>Judged: different actors.</source>
        <translation>الحكم: جهتان فاعلتان مختلفتان.</translation>
    </message>
    <message>
        <source>Judged: unsure.</source>
        <translation>الحكم: غير متأكد.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>لم يُسجَّل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Merged %1 and %2.</source>
        <translation>دُمج ⁨%1⁩ و⁨%2⁩.</translation>
    </message>
    <message>
        <source>Recorded: different actors.</source>
        <translation>سُجِّل: جهتان فاعلتان مختلفتان.</translation>
    </message>
    <message>
        <source>Recorded: unsure.</source>
        <translation>سُجِّل: غير متأكد.</translation>
    </message>
    <message>
        <source>Every candidate is judged.</source>
        <translation>تم الحكم على جميع المرشَّحين.</translation>
    </message>
    <message>
        <source>Not unmerged: %1</source>
        <translation>لم يُفك الدمج: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Unmerged into %n entities.</source>
        <translation>
            <numerusform>لم يُفك الدمج إلى أي كيان.</numerusform>
            <numerusform>فُك الدمج إلى كيان واحد.</numerusform>
            <numerusform>فُك الدمج إلى كيانين.</numerusform>
            <numerusform>فُك الدمج إلى %n كيانات.</numerusform>
            <numerusform>فُك الدمج إلى %n كيانًا.</numerusform>
            <numerusform>فُك الدمج إلى %n كيان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n parts)</source>
        <translation>
            <numerusform>⁨%1⁩ (بلا أجزاء)</numerusform>
            <numerusform>⁨%1⁩ (جزء واحد)</numerusform>
            <numerusform>⁨%1⁩ (جزآن)</numerusform>
            <numerusform>⁨%1⁩ (%n أجزاء)</numerusform>
            <numerusform>⁨%1⁩ (%n جزءًا)</numerusform>
            <numerusform>⁨%1⁩ (%n جزء)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged (%n)</source>
        <translation>
            <numerusform>المدمجة (%n)</numerusform>
            <numerusform>المدمجة (%n)</numerusform>
            <numerusform>المدمجة (%n)</numerusform>
            <numerusform>المدمجة (%n)</numerusform>
            <numerusform>المدمجة (%n)</numerusform>
            <numerusform>المدمجة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>⁨%1⁩ ↔ ⁨%2⁩</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>المعرّف ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::MoneyTimeline</name>
    <message>
        <source>Find an actor</source>
        <translation>ابحث عن جهة فاعلة</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>ابحث عن جهة فاعلة…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received or given</source>
        <translation>المقبوض أو المدفوع</translation>
    </message>
    <message>
        <source>Received, per funder</source>
        <translation>المقبوض، حسب المموِّل</translation>
    </message>
    <message>
        <source>Given, per beneficiary</source>
        <translation>المدفوع، حسب المستفيد</translation>
    </message>
    <message>
        <source>Per year or month</source>
        <translation>حسب السنة أو الشهر</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>حسب السنة</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>لا تُجمع أبدًا المبالغ بعملات مختلفة</translation>
    </message>
    <message>
        <source>Payments over time</source>
        <translation>الدفعات عبر الزمن</translation>
    </message>
    <message>
        <source>Click a bar to list its payments.</source>
        <translation>انقر على عمود لعرض دفعاته.</translation>
    </message>
    <message>
        <source>Payments of the bar clicked</source>
        <translation>دفعات العمود المنقور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>انقر نقرًا مزدوجًا على دفعة لفتحها</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(بلا عملة)</translation>
    </message>
    <message>
        <source>No workspace.</source>
        <translation>لا توجد مساحة عمل.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>جارٍ تحميل الدفعات…</translation>
    </message>
    <message>
        <source>Choose an actor: search above, or select one in the graph and ask for its timeline.</source>
        <translation>اختر جهة فاعلة: ابحث في الأعلى، أو حدّد واحدة في الشبكة واطلب خطها الزمني.</translation>
    </message>
    <message>
        <source>%1 has no payments.</source>
        <translation>لا توجد دفعات لـ⁨%1⁩.</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>لا آخرون</numerusform>
            <numerusform>واحد آخر</numerusform>
            <numerusform>اثنان آخران</numerusform>
            <numerusform>%n آخرين</numerusform>
            <numerusform>%n آخرًا</numerusform>
            <numerusform>%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder</source>
        <translation>&lt;b&gt;ما قبضه ⁨%1⁩&lt;/b&gt; حسب المموِّل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary</source>
        <translation>&lt;b&gt;ما دفعه ⁨%1⁩&lt;/b&gt; حسب المستفيد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received by %1&lt;/b&gt; per funder, in %2</source>
        <translation>&lt;b&gt;ما قبضه ⁨%1⁩&lt;/b&gt; حسب المموِّل، بعملة ⁨%2⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given by %1&lt;/b&gt; per beneficiary, in %2</source>
        <translation>&lt;b&gt;ما دفعه ⁨%1⁩&lt;/b&gt; حسب المستفيد، بعملة ⁨%2⁩</translation>
    </message>
    <message>
        <source>No dated payments in this currency.</source>
        <translation>لا توجد دفعات مؤرَّخة بهذه العملة.</translation>
    </message>
    <message numerus="yes">
        <source>%n undated payments are not shown.</source>
        <translation>
            <numerusform>لا توجد دفعات غير مؤرَّخة مخفية.</numerusform>
            <numerusform>لا تُعرض دفعة واحدة غير مؤرَّخة.</numerusform>
            <numerusform>لا تُعرض دفعتان غير مؤرَّختين.</numerusform>
            <numerusform>لا تُعرض %n دفعات غير مؤرَّخة.</numerusform>
            <numerusform>لا تُعرض %n دفعةً غير مؤرَّخة.</numerusform>
            <numerusform>لا تُعرض %n دفعة غير مؤرَّخة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payments record no amount.</source>
        <translation>
            <numerusform>لا توجد دفعات بلا مبلغ.</numerusform>
            <numerusform>دفعة واحدة لا تسجّل مبلغًا.</numerusform>
            <numerusform>دفعتان لا تسجّلان مبلغًا.</numerusform>
            <numerusform>%n دفعات لا تسجّل مبلغًا.</numerusform>
            <numerusform>%n دفعةً لا تسجّل مبلغًا.</numerusform>
            <numerusform>%n دفعة لا تسجّل مبلغًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>بلا مبلغ</translation>
    </message>
    <message numerus="yes">
        <source>%n payments in %1, %2 in total. Double-click one to open it.</source>
        <translation>
            <numerusform>لا دفعات بعملة ⁨%1⁩، والإجمالي ⁨%2⁩.</numerusform>
            <numerusform>دفعة واحدة بعملة ⁨%1⁩، والإجمالي ⁨%2⁩. انقر نقرًا مزدوجًا لفتحها.</numerusform>
            <numerusform>دفعتان بعملة ⁨%1⁩، والإجمالي ⁨%2⁩. انقر نقرًا مزدوجًا على إحداهما لفتحها.</numerusform>
            <numerusform>%n دفعات بعملة ⁨%1⁩، والإجمالي ⁨%2⁩. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
            <numerusform>%n دفعةً بعملة ⁨%1⁩، والإجمالي ⁨%2⁩. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
            <numerusform>%n دفعة بعملة ⁨%1⁩، والإجمالي ⁨%2⁩. انقر نقرًا مزدوجًا على إحداها لفتحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Payments</source>
        <translation>عرض كل الدفعات</translation>
    </message>
    <message>
        <source>Stop following the graph explorer&apos;s filter</source>
        <translation>التوقف عن اتباع مرشّح مستكشف الشبكة</translation>
    </message>
    <message>
        <source>Under the graph explorer&apos;s filter: %1.</source>
        <translation>ضمن مرشّح مستكشف الشبكة: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The graph explorer&apos;s filter leaves out payments: choose Payment among its relationships, or show all payments.</source>
        <translation>مرشّح مستكشف الشبكة يستبعد الدفعات: اختر «دفعة» ضمن علاقاته، أو اعرض كل الدفعات.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>⁨%1⁩، ⁨%2⁩: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PairComparisonModel</name>
    <message>
        <source>Both hold this value</source>
        <translation>كلاهما يحمل هذه القيمة</translation>
    </message>
    <message>
        <source>The two disagree on this property</source>
        <translation>يختلفان في هذه الخاصية</translation>
    </message>
    <message>
        <source>Only the left one has this value</source>
        <translation>الأول وحده يحمل هذه القيمة</translation>
    </message>
    <message>
        <source>Only the right one has this value</source>
        <translation>الثاني وحده يحمل هذه القيمة</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>مصدر الأول</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>مصدر الثاني</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>⁨%1⁩ (المعرّف ⁨%2⁩)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation>فتح قفل مساحة العمل</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>«⁨%1⁩» مشفرة. أدخل عبارة المرور الخاصة بها لفتحها.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Create “%1”. An encrypted workspace reveals nothing on disk without its passphrase, but nobody can recover it if the passphrase is lost.</source>
        <translation>إنشاء «⁨%1⁩». لا تكشف مساحة العمل المشفرة شيئًا على القرص دون عبارة المرور، لكن لا أحد يستطيع استعادتها إذا ضاعت العبارة.</translation>
    </message>
    <message>
        <source>Encrypt Workspace</source>
        <translation>تشفير مساحة العمل</translation>
    </message>
    <message>
        <source>Encrypt “%1” with a passphrase. Nobody can recover the workspace if the passphrase is lost. Copies of the unencrypted file made before (backups, old disk blocks) are not encrypted by this.</source>
        <translation>تشفير «⁨%1⁩» بعبارة مرور. لا أحد يستطيع استعادة مساحة العمل إذا ضاعت العبارة. لا يشفّر هذا النسخ غير المشفرة من الملف التي أُنشئت سابقًا (النسخ الاحتياطية، وكتل القرص القديمة).</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Choose a new passphrase for “%1”. The old one stops working.</source>
        <translation>اختر عبارة مرور جديدة لـ«⁨%1⁩». ستتوقف العبارة القديمة عن العمل.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this workspace</source>
        <translation>تشفير مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد إدخال عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;إعادة الإدخال:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>تشفير</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>تغيير</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>لا حد أدنى للأحرف.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>لا حد أدنى لطول عبارة المرور.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى حرف واحد على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى حرفين على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n أحرف على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::QuickEntry</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your language), 20200315; 15 alone is that day of the month shown, 15.3 that day of the year shown; t is today, -3 three days ago. The date shows in ISO form (YYYY-MM-DD) when you leave the field.</source>
        <extracomment>Tooltip of date fields. Keep &apos;t&apos; and the examples as they are: they are what is typed.</extracomment>
        <translation>الصيغ المختصرة: 2020، 2020-3، 3.2020، 15.3.2020 أو 3/15/2020 (بترتيب لغتك)، 20200315؛ 15 وحده هو ذلك اليوم من الشهر المعروض، و15.3 ذلك اليوم من السنة المعروضة؛ t أو «اليوم» تعني تاريخ اليوم، و⁨-3⁩ قبل ثلاثة أيام. يظهر التاريخ بصيغة ISO (YYYY-MM-DD) عند مغادرة الحقل.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::RecordFindingDialog</name>
    <message>
        <source>Record a finding</source>
        <translation>تسجيل استنتاج</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>فشل البحث: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Search actors, relationships, findings and sources…</source>
        <translation>ابحث في الجهات الفاعلة والعلاقات والاستنتاجات والمصادر…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Type a name, an alias or words of a finding. Enter opens the result, Escape closes.</source>
        <translation>اكتب اسمًا أو اسمًا مستعارًا أو كلمات من استنتاج. يفتح Enter النتيجة، ويُغلق Escape النافذة.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على شيء لـ«⁨%1⁩».</translation>
    </message>
    <message numerus="yes">
        <source>%n results in %1 ms. Enter opens the selected one.</source>
        <translation>
            <numerusform>لا نتائج (⁨%1⁩ ملي ثانية).</numerusform>
            <numerusform>نتيجة واحدة في ⁨%1⁩ ملي ثانية. يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>نتيجتان في ⁨%1⁩ ملي ثانية. يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتائج في ⁨%1⁩ ملي ثانية. يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتيجةً في ⁨%1⁩ ملي ثانية. يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتيجة في ⁨%1⁩ ملي ثانية. يفتح Enter النتيجة المحددة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SearchWorker</name>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Default dataset</source>
        <translation>مجموعة البيانات الافتراضية</translation>
    </message>
    <message>
        <source>None: choose for each finding</source>
        <translation>لا شيء: الاختيار لكل استنتاج</translation>
    </message>
    <message>
        <source>The dataset a new finding goes into; type a name to use a new dataset</source>
        <translation>مجموعة البيانات التي يُضاف إليها الاستنتاج الجديد؛ اكتب اسمًا لاستخدام مجموعة بيانات جديدة</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>الحساسية الافتراضية</translation>
    </message>
    <message>
        <source>How far a new finding may travel until you choose otherwise: exports leave out everything above the level they are given</source>
        <translation>مدى انتشار الاستنتاج الجديد ما لم تختر غير ذلك: تستبعد عمليات التصدير كل ما يتجاوز المستوى المحدد لها</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>القفل بعد خمول لمدة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock Commonplace after this many minutes without input, so an unattended laptop does not show your research (0: never)</source>
        <translation>قفل Commonplace بعد هذا العدد من الدقائق دون أي إدخال، حتى لا يعرض حاسوب متروك دون رقابة أبحاثك (0: أبدًا)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>%</source>
        <comment>percent sign after the text size</comment>
        <translation>٪</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Default &amp;dataset:</source>
        <translation>مجموعة البيانات الافتراضية:</translation>
    </message>
    <message>
        <source>Default &amp;sensitivity:</source>
        <translation>&amp;درجة الحساسية الافتراضية:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <source>Commonplace will speak %1 after a restart.</source>
        <translation>سيستخدم Commonplace اللغة ⁨%1⁩ بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Restart Commonplace?</source>
        <translation>إعادة تشغيل Commonplace؟</translation>
    </message>
    <message>
        <source>The new language takes effect when Commonplace restarts. Restart now? Your work is saved.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل Commonplace. هل تريد إعادة التشغيل الآن؟ عملك محفوظ.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Load the fictional de&amp;mo dataset into a new default workspace</source>
        <translation>&amp;أضِف مجموعة البيانات التجريبية الخيالية إلى مساحة العمل الافتراضية الجديدة</translation>
    </message>
    <message>
        <source>Loc&amp;k when idle for:</source>
        <translation>&amp;إقفال التطبيق بعد خمول لمدة:</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>مُستشهد به في</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>لا استنتاجات</numerusform>
            <numerusform>استنتاج واحد</numerusform>
            <numerusform>استنتاجان</numerusform>
            <numerusform>%Ln استنتاجات</numerusform>
            <numerusform>%Ln استنتاجًا</numerusform>
            <numerusform>%Ln استنتاج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>لا قيم</numerusform>
            <numerusform>قيمة واحدة</numerusform>
            <numerusform>قيمتان</numerusform>
            <numerusform>%Ln قيم</numerusform>
            <numerusform>%Ln قيمةً</numerusform>
            <numerusform>%Ln قيمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SourcesView</name>
    <message>
        <source>Search sources</source>
        <translation>البحث في المصادر</translation>
    </message>
    <message>
        <source>Search sources by title, publisher or URL</source>
        <translation>البحث في المصادر بالعنوان أو الناشر أو الرابط</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>P&amp;ublisher:</source>
        <translation>الناشر:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Retrie&amp;ved:</source>
        <translation>تاريخ الاطلاع:</translation>
    </message>
    <message>
        <source>Reliability of the source (A-F)</source>
        <translation>موثوقية المصدر (A-F)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>الموثوقية:</translation>
    </message>
    <message>
        <source>Credibility of the information (1-6)</source>
        <translation>مصداقية المعلومة (1-6)</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>المصداقية:</translation>
    </message>
    <message>
        <source>Sensitivity of the source</source>
        <translation>حساسية المصدر</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;درجة الحساسية:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Attach file...</source>
        <translation>&amp;إرفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Sa&amp;ve source</source>
        <translation>حفظ المصدر</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>حفظ المصدر</translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>مُستشهد به في</translation>
    </message>
    <message>
        <source>What cites this source (Return opens)</source>
        <translation>ما يستشهد بهذا المصدر (يفتح Enter)</translation>
    </message>
    <message>
        <source>Finding or entity</source>
        <translation>استنتاج أو كيان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Sa&amp;ve new source</source>
        <translation>حفظ المصدر الجديد</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>⁨%1⁩، SHA-256 ⁨%2⁩</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>الاستنتاجات (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Values (%1)</source>
        <translation>القيم (⁨%1⁩)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… و⁨%1⁩ أخرى</translation>
    </message>
    <message>
        <source>Attach a file to the source</source>
        <translation>إرفاق ملف بالمصدر</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>حجم ⁨%1⁩ هو ⁨%2⁩ ميغابايت؛ والحد الأقصى للمرفقات ⁨%3⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 (saved with the source)</source>
        <translation>⁨%1⁩ (يُحفظ مع المصدر)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::StatementTableModel</name>
    <message>
        <source>%1
Click to open it (id %2).</source>
        <translation>⁨%1⁩
انقر لفتحه (المعرّف ⁨%2⁩).</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>رُصدت أول مرة في ⁨%1⁩، وآخر مرة في ⁨%2⁩</translation>
    </message>
    <message>
        <source>This value cites no source.</source>
        <translation>لا تستند هذه القيمة إلى أي مصدر.</translation>
    </message>
    <message>
        <source>%1
Source id: %2</source>
        <translation>⁨%1⁩
معرّف المصدر: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Exports with a lower maximum sensitivity leave this value out.</source>
        <translation>تستبعد عمليات التصدير ذات الحد الأقصى الأدنى للحساسية هذه القيمة.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Admiralty grading of the source: reliability A–F and credibility 1–6.</source>
        <translation>تقييم المصدر وفق نظام الأميرالية: الموثوقية من A إلى F والمصداقية من 1 إلى 6.</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::SuggestField</name>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>commonplace::ui::TaxonomyView</name>
    <message>
        <source>%1 (F2 renames, Delete removes)</source>
        <translation>⁨%1⁩ (F2 لإعادة التسمية، Delete للإزالة)</translation>
    </message>
    <message>
        <source>&amp;Tactics</source>
        <translation>الأساليب</translation>
    </message>
    <message>
        <source>New tactic: type its name, Return adds it</source>
        <translation>أسلوب جديد: اكتب اسمه، ويضيفه Enter</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>New theme: type its name, Return adds it</source>
        <translation>موضوع جديد: اكتب اسمه، ويضيفه Enter</translation>
    </message>
    <message numerus="yes">
        <source>%1
Used by %Ln finding(s).</source>
        <translation>
            <numerusform>⁨%1⁩
لا يستخدمه أي استنتاج.</numerusform>
            <numerusform>⁨%1⁩
يستخدمه استنتاج واحد.</numerusform>
            <numerusform>⁨%1⁩
يستخدمه استنتاجان.</numerusform>
            <numerusform>⁨%1⁩
يستخدمه %Ln استنتاجات.</numerusform>
            <numerusform>⁨%1⁩
يستخدمه %Ln استنتاجًا.</numerusform>
            <numerusform>⁨%1⁩
يستخدمه %Ln استنتاج.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonplace::ui::WorkspaceLock</name>
    <message>
        <source>“%1” is locked</source>
        <translation>«⁨%1⁩» مقفلة</translation>
    </message>
    <message>
        <source>The workspace was closed and its key dropped from memory. Enter the passphrase to open it again.</source>
        <translation>أُغلقت مساحة العمل ومُحي مفتاحها من الذاكرة. أدخل عبارة المرور لفتحها مجددًا.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور خاطئة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace, a research workbench for human-rights researchers.</source>
        <translation>Commonplace، منصة عمل بحثية للباحثين في مجال حقوق الإنسان.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>ملف مساحة العمل المراد فتحه (الافتراضي: ⁨%1⁩).</translation>
    </message>
    <message>
        <source>[WORKSPACE]</source>
        <translation>[مساحة_العمل]</translation>
    </message>
</context>
</TS>
