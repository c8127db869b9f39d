// Package unicode provides data and functions to test some properties of
// Unicode code points. The classification and case-mapping functions are
// native (src/stdlib/unicode.ts). The tables (Letter, Latin, White_Space...)
// are RangeTables that name a property the native code tests, so their R16
// and R32 fields are empty; a RangeTable a program builds itself is searched
// here, in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange
// represents a sequence of the form (say) Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1

	// property names the set for the native tests ("Lu", "Script=Latin");
	// empty for tables described by their ranges.
	property string
}

// Range16 represents of a range of 16-bit Unicode code points. The range runs
// from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or
// more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

type d [MaxCase]rune

func isTable(property string, r rune) bool

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func IsControl(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.property != "" {
		return isTable(rangeTab.property, r)
	}
	for _, r16 := range rangeTab.R16 {
		if r < rune(r16.Lo) {
			return false
		}
		if r <= rune(r16.Hi) {
			return r16.Stride == 1 || (r-rune(r16.Lo))%rune(r16.Stride) == 0
		}
	}
	for _, r32 := range rangeTab.R32 {
		if r < rune(r32.Lo) {
			return false
		}
		if r <= rune(r32.Hi) {
			return r32.Stride == 1 || (r-rune(r32.Lo))%rune(r32.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// to maps r through a case table; the bool says whether r is in the table.
func to(_case int, r rune, caseRange []CaseRange) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	for _, cr := range caseRange {
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating Upper Lower pairs: even offsets are upper case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// The Turkish and Azeri dotted and dotless I.
var TurkishCase SpecialCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = TurkishCase

// CaseRanges would list every case mapping; gosim's mappings are native, so it is empty.
var CaseRanges []CaseRange

func table(property string) *RangeTable { return &RangeTable{property: property} }

// These variables have type *RangeTable.
var (
	C      = table("C")
	Cc     = table("Cc")
	Cf     = table("Cf")
	Co     = table("Co")
	Cs     = table("Cs")
	L      = table("L")
	Ll     = table("Ll")
	Lm     = table("Lm")
	Lo     = table("Lo")
	Lt     = table("Lt")
	Lu     = table("Lu")
	M      = table("M")
	Mc     = table("Mc")
	Me     = table("Me")
	Mn     = table("Mn")
	N      = table("N")
	Nd     = table("Nd")
	Nl     = table("Nl")
	No     = table("No")
	P      = table("P")
	Pc     = table("Pc")
	Pd     = table("Pd")
	Pe     = table("Pe")
	Pf     = table("Pf")
	Pi     = table("Pi")
	Po     = table("Po")
	Ps     = table("Ps")
	S      = table("S")
	Sc     = table("Sc")
	Sk     = table("Sk")
	Sm     = table("Sm")
	So     = table("So")
	Z      = table("Z")
	Zl     = table("Zl")
	Zp     = table("Zp")
	Zs     = table("Zs")
	Digit  = Nd
	Letter = L
	Lower  = Ll
	Mark   = M
	Number = N
	Other  = C
	Punct  = P
	Space  = Z
	Symbol = S
	Title  = Lt
	Upper  = Lu
)

// Scripts: these variables have type *RangeTable.
var (
	Adlam                  = table("Script=Adlam")
	Ahom                   = table("Script=Ahom")
	Anatolian_Hieroglyphs  = table("Script=Anatolian_Hieroglyphs")
	Arabic                 = table("Script=Arabic")
	Armenian               = table("Script=Armenian")
	Avestan                = table("Script=Avestan")
	Balinese               = table("Script=Balinese")
	Bamum                  = table("Script=Bamum")
	Bassa_Vah              = table("Script=Bassa_Vah")
	Batak                  = table("Script=Batak")
	Bengali                = table("Script=Bengali")
	Bhaiksuki              = table("Script=Bhaiksuki")
	Bopomofo               = table("Script=Bopomofo")
	Brahmi                 = table("Script=Brahmi")
	Braille                = table("Script=Braille")
	Buginese               = table("Script=Buginese")
	Buhid                  = table("Script=Buhid")
	Canadian_Aboriginal    = table("Script=Canadian_Aboriginal")
	Carian                 = table("Script=Carian")
	Caucasian_Albanian     = table("Script=Caucasian_Albanian")
	Chakma                 = table("Script=Chakma")
	Cham                   = table("Script=Cham")
	Cherokee               = table("Script=Cherokee")
	Chorasmian             = table("Script=Chorasmian")
	Common                 = table("Script=Common")
	Coptic                 = table("Script=Coptic")
	Cuneiform              = table("Script=Cuneiform")
	Cypriot                = table("Script=Cypriot")
	Cyrillic               = table("Script=Cyrillic")
	Deseret                = table("Script=Deseret")
	Devanagari             = table("Script=Devanagari")
	Dives_Akuru            = table("Script=Dives_Akuru")
	Dogra                  = table("Script=Dogra")
	Duployan               = table("Script=Duployan")
	Egyptian_Hieroglyphs   = table("Script=Egyptian_Hieroglyphs")
	Elbasan                = table("Script=Elbasan")
	Elymaic                = table("Script=Elymaic")
	Ethiopic               = table("Script=Ethiopic")
	Georgian               = table("Script=Georgian")
	Glagolitic             = table("Script=Glagolitic")
	Gothic                 = table("Script=Gothic")
	Grantha                = table("Script=Grantha")
	Greek                  = table("Script=Greek")
	Gujarati               = table("Script=Gujarati")
	Gunjala_Gondi          = table("Script=Gunjala_Gondi")
	Gurmukhi               = table("Script=Gurmukhi")
	Han                    = table("Script=Han")
	Hangul                 = table("Script=Hangul")
	Hanifi_Rohingya        = table("Script=Hanifi_Rohingya")
	Hanunoo                = table("Script=Hanunoo")
	Hatran                 = table("Script=Hatran")
	Hebrew                 = table("Script=Hebrew")
	Hiragana               = table("Script=Hiragana")
	Imperial_Aramaic       = table("Script=Imperial_Aramaic")
	Inherited              = table("Script=Inherited")
	Inscriptional_Pahlavi  = table("Script=Inscriptional_Pahlavi")
	Inscriptional_Parthian = table("Script=Inscriptional_Parthian")
	Javanese               = table("Script=Javanese")
	Kaithi                 = table("Script=Kaithi")
	Kannada                = table("Script=Kannada")
	Katakana               = table("Script=Katakana")
	Kayah_Li               = table("Script=Kayah_Li")
	Kharoshthi             = table("Script=Kharoshthi")
	Khitan_Small_Script    = table("Script=Khitan_Small_Script")
	Khmer                  = table("Script=Khmer")
	Khojki                 = table("Script=Khojki")
	Khudawadi              = table("Script=Khudawadi")
	Lao                    = table("Script=Lao")
	Latin                  = table("Script=Latin")
	Lepcha                 = table("Script=Lepcha")
	Limbu                  = table("Script=Limbu")
	Linear_A               = table("Script=Linear_A")
	Linear_B               = table("Script=Linear_B")
	Lisu                   = table("Script=Lisu")
	Lycian                 = table("Script=Lycian")
	Lydian                 = table("Script=Lydian")
	Mahajani               = table("Script=Mahajani")
	Makasar                = table("Script=Makasar")
	Malayalam              = table("Script=Malayalam")
	Mandaic                = table("Script=Mandaic")
	Manichaean             = table("Script=Manichaean")
	Marchen                = table("Script=Marchen")
	Masaram_Gondi          = table("Script=Masaram_Gondi")
	Medefaidrin            = table("Script=Medefaidrin")
	Meetei_Mayek           = table("Script=Meetei_Mayek")
	Mende_Kikakui          = table("Script=Mende_Kikakui")
	Meroitic_Cursive       = table("Script=Meroitic_Cursive")
	Meroitic_Hieroglyphs   = table("Script=Meroitic_Hieroglyphs")
	Miao                   = table("Script=Miao")
	Modi                   = table("Script=Modi")
	Mongolian              = table("Script=Mongolian")
	Mro                    = table("Script=Mro")
	Multani                = table("Script=Multani")
	Myanmar                = table("Script=Myanmar")
	Nabataean              = table("Script=Nabataean")
	Nandinagari            = table("Script=Nandinagari")
	New_Tai_Lue            = table("Script=New_Tai_Lue")
	Newa                   = table("Script=Newa")
	Nko                    = table("Script=Nko")
	Nushu                  = table("Script=Nushu")
	Nyiakeng_Puachue_Hmong = table("Script=Nyiakeng_Puachue_Hmong")
	Ogham                  = table("Script=Ogham")
	Ol_Chiki               = table("Script=Ol_Chiki")
	Old_Hungarian          = table("Script=Old_Hungarian")
	Old_Italic             = table("Script=Old_Italic")
	Old_North_Arabian      = table("Script=Old_North_Arabian")
	Old_Permic             = table("Script=Old_Permic")
	Old_Persian            = table("Script=Old_Persian")
	Old_Sogdian            = table("Script=Old_Sogdian")
	Old_South_Arabian      = table("Script=Old_South_Arabian")
	Old_Turkic             = table("Script=Old_Turkic")
	Oriya                  = table("Script=Oriya")
	Osage                  = table("Script=Osage")
	Osmanya                = table("Script=Osmanya")
	Pahawh_Hmong           = table("Script=Pahawh_Hmong")
	Palmyrene              = table("Script=Palmyrene")
	Pau_Cin_Hau            = table("Script=Pau_Cin_Hau")
	Phags_Pa               = table("Script=Phags_Pa")
	Phoenician             = table("Script=Phoenician")
	Psalter_Pahlavi        = table("Script=Psalter_Pahlavi")
	Rejang                 = table("Script=Rejang")
	Runic                  = table("Script=Runic")
	Samaritan              = table("Script=Samaritan")
	Saurashtra             = table("Script=Saurashtra")
	Sharada                = table("Script=Sharada")
	Shavian                = table("Script=Shavian")
	Siddham                = table("Script=Siddham")
	SignWriting            = table("Script=SignWriting")
	Sinhala                = table("Script=Sinhala")
	Sogdian                = table("Script=Sogdian")
	Sora_Sompeng           = table("Script=Sora_Sompeng")
	Soyombo                = table("Script=Soyombo")
	Sundanese              = table("Script=Sundanese")
	Syloti_Nagri           = table("Script=Syloti_Nagri")
	Syriac                 = table("Script=Syriac")
	Tagalog                = table("Script=Tagalog")
	Tagbanwa               = table("Script=Tagbanwa")
	Tai_Le                 = table("Script=Tai_Le")
	Tai_Tham               = table("Script=Tai_Tham")
	Tai_Viet               = table("Script=Tai_Viet")
	Takri                  = table("Script=Takri")
	Tamil                  = table("Script=Tamil")
	Tangut                 = table("Script=Tangut")
	Telugu                 = table("Script=Telugu")
	Thaana                 = table("Script=Thaana")
	Thai                   = table("Script=Thai")
	Tibetan                = table("Script=Tibetan")
	Tifinagh               = table("Script=Tifinagh")
	Tirhuta                = table("Script=Tirhuta")
	Ugaritic               = table("Script=Ugaritic")
	Vai                    = table("Script=Vai")
	Wancho                 = table("Script=Wancho")
	Warang_Citi            = table("Script=Warang_Citi")
	Yezidi                 = table("Script=Yezidi")
	Yi                     = table("Script=Yi")
	Zanabazar_Square       = table("Script=Zanabazar_Square")
)

// Properties: these variables have type *RangeTable.
var (
	ASCII_Hex_Digit                    = table("ASCII_Hex_Digit")
	Bidi_Control                       = table("Bidi_Control")
	Dash                               = table("Dash")
	Deprecated                         = table("Deprecated")
	Diacritic                          = table("Diacritic")
	Extender                           = table("Extender")
	Hex_Digit                          = table("Hex_Digit")
	Hyphen                             = table("Hyphen")
	IDS_Binary_Operator                = table("IDS_Binary_Operator")
	IDS_Trinary_Operator               = table("IDS_Trinary_Operator")
	Ideographic                        = table("Ideographic")
	Join_Control                       = table("Join_Control")
	Logical_Order_Exception            = table("Logical_Order_Exception")
	Noncharacter_Code_Point            = table("Noncharacter_Code_Point")
	Other_Alphabetic                   = table("Other_Alphabetic")
	Other_Default_Ignorable_Code_Point = table("Other_Default_Ignorable_Code_Point")
	Other_Grapheme_Extend              = table("Other_Grapheme_Extend")
	Other_ID_Continue                  = table("Other_ID_Continue")
	Other_ID_Start                     = table("Other_ID_Start")
	Other_Lowercase                    = table("Other_Lowercase")
	Other_Math                         = table("Other_Math")
	Other_Uppercase                    = table("Other_Uppercase")
	Pattern_Syntax                     = table("Pattern_Syntax")
	Pattern_White_Space                = table("Pattern_White_Space")
	Prepended_Concatenation_Mark       = table("Prepended_Concatenation_Mark")
	Quotation_Mark                     = table("Quotation_Mark")
	Radical                            = table("Radical")
	Regional_Indicator                 = table("Regional_Indicator")
	Sentence_Terminal                  = table("Sentence_Terminal")
	Soft_Dotted                        = table("Soft_Dotted")
	Terminal_Punctuation               = table("Terminal_Punctuation")
	Unified_Ideograph                  = table("Unified_Ideograph")
	Variation_Selector                 = table("Variation_Selector")
	White_Space                        = table("White_Space")
	STerm                              = Sentence_Terminal
)

// Categories is the set of Unicode category tables.
var Categories = map[string]*RangeTable{
	"C":  C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L":  L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M":  M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P":  P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts is the set of Unicode script tables.
var Scripts = tablesByName(scriptTables, "Script=")

var scriptTables = []*RangeTable{
	Adlam, Ahom, Anatolian_Hieroglyphs, Arabic, Armenian, Avestan, Balinese, Bamum, Bassa_Vah, Batak,
	Bengali, Bhaiksuki, Bopomofo, Brahmi, Braille, Buginese, Buhid, Canadian_Aboriginal, Carian,
	Caucasian_Albanian, Chakma, Cham, Cherokee, Chorasmian, Common, Coptic, Cuneiform, Cypriot,
	Cyrillic, Deseret, Devanagari, Dives_Akuru, Dogra, Duployan, Egyptian_Hieroglyphs, Elbasan,
	Elymaic, Ethiopic, Georgian, Glagolitic, Gothic, Grantha, Greek, Gujarati, Gunjala_Gondi,
	Gurmukhi, Han, Hangul, Hanifi_Rohingya, Hanunoo, Hatran, Hebrew, Hiragana, Imperial_Aramaic,
	Inherited, Inscriptional_Pahlavi, Inscriptional_Parthian, Javanese, Kaithi, Kannada, Katakana,
	Kayah_Li, Kharoshthi, Khitan_Small_Script, Khmer, Khojki, Khudawadi, Lao, Latin, Lepcha, Limbu,
	Linear_A, Linear_B, Lisu, Lycian, Lydian, Mahajani, Makasar, Malayalam, Mandaic, Manichaean,
	Marchen, Masaram_Gondi, Medefaidrin, Meetei_Mayek, Mende_Kikakui, Meroitic_Cursive,
	Meroitic_Hieroglyphs, Miao, Modi, Mongolian, Mro, Multani, Myanmar, Nabataean, Nandinagari,
	New_Tai_Lue, Newa, Nko, Nushu, Nyiakeng_Puachue_Hmong, Ogham, Ol_Chiki, Old_Hungarian, Old_Italic,
	Old_North_Arabian, Old_Permic, Old_Persian, Old_Sogdian, Old_South_Arabian, Old_Turkic, Oriya,
	Osage, Osmanya, Pahawh_Hmong, Palmyrene, Pau_Cin_Hau, Phags_Pa, Phoenician, Psalter_Pahlavi,
	Rejang, Runic, Samaritan, Saurashtra, Sharada, Shavian, Siddham, SignWriting, Sinhala, Sogdian,
	Sora_Sompeng, Soyombo, Sundanese, Syloti_Nagri, Syriac, Tagalog, Tagbanwa, Tai_Le, Tai_Tham,
	Tai_Viet, Takri, Tamil, Tangut, Telugu, Thaana, Thai, Tibetan, Tifinagh, Tirhuta, Ugaritic, Vai,
	Wancho, Warang_Citi, Yezidi, Yi, Zanabazar_Square,
}

// Properties is the set of Unicode property tables.
var Properties = tablesByName(propertyTables, "")

func init() { Properties["STerm"] = Sentence_Terminal }

var propertyTables = []*RangeTable{
	ASCII_Hex_Digit, Bidi_Control, Dash, Deprecated, Diacritic, Extender, Hex_Digit, Hyphen,
	IDS_Binary_Operator, IDS_Trinary_Operator, Ideographic, Join_Control, Logical_Order_Exception,
	Noncharacter_Code_Point, Other_Alphabetic, Other_Default_Ignorable_Code_Point,
	Other_Grapheme_Extend, Other_ID_Continue, Other_ID_Start, Other_Lowercase, Other_Math,
	Other_Uppercase, Pattern_Syntax, Pattern_White_Space, Prepended_Concatenation_Mark,
	Quotation_Mark, Radical, Regional_Indicator, Sentence_Terminal, Soft_Dotted, Terminal_Punctuation,
	Unified_Ideograph, Variation_Selector, White_Space,
}

func tablesByName(tables []*RangeTable, prefix string) map[string]*RangeTable {
	m := make(map[string]*RangeTable, len(tables))
	for _, t := range tables {
		m[t.property[len(prefix):]] = t
	}
	return m
}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}
