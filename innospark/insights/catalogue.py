"""What the report imports and shows: every indicator with its file, the series name in that
file, its translated name and unit, and where it comes from. The import reads only what is
listed here (plus the DESI indicators, kept under the Commission's codes)."""

import re
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

SCORE_EU = _("score, EU in 2016 = 100")
# xgettext:no-python-format
PCT_GDP = _("% of GDP")
# xgettext:no-python-format
PCT_EMPLOYMENT = _("% of total employment")
THOUSANDS = _("thousand people")
SCORE_100 = _("score from 0 to 100")
DESI_POINTS = _("DESI points")
AS_PUBLISHED = _("as published by the European Commission")


@dataclass(frozen=True)
class Source:
    publisher: str
    dataset: str
    licence: str
    file: str
    note: str = ""


SOURCES = {
    "eis": Source(
        "European Commission",
        "European Innovation Scoreboard 2023",
        "CC BY 4.0",
        "eis2023_country_indicators_6c_eu.csv",
        "Scores are relative to the EU in 2016 = 100, not raw percentages.",
    ),
    "wdi-rd": Source(
        "World Bank",
        "World Development Indicators, GB.XPD.RSDV.GD.ZS",
        "CC BY 4.0",
        "wdi_GB.XPD.RSDV.GD.ZS_rd_pct_gdp_6c_eu.csv",
        "UK series break: 1.62 (2013) then 2.26 (2014) after a method revision.",
    ),
    "wdi-researchers": Source(
        "World Bank",
        "World Development Indicators, SP.POP.SCIE.RD.P6",
        "CC BY 4.0",
        "wdi_SP.POP.SCIE.RD.P6_researchers_per_million_6c_eu.csv",
    ),
    "wdi-hightech": Source(
        "World Bank",
        "World Development Indicators, TX.VAL.TECH.MF.ZS",
        "CC BY 4.0",
        "wdi_TX.VAL.TECH.MF.ZS_hightech_exports_pct_manuf_6c_eu.csv",
    ),
    "isoc": Source(
        "Eurostat",
        "ICT specialists in employment (isoc_sks_itspt)",
        "CC BY 4.0",
        "eurostat_isoc_sks_itspt_panel_6c_eu.csv",
        "Counts ICT specialists in all sectors. No UK figures after 2019.",
    ),
    "tin00074": Source(
        "Eurostat",
        "Percentage of the ICT sector in GDP (tin00074)",
        "CC BY 4.0",
        "eurostat_tin00074_6c_eu.tsv",
        "Flags: b break, c confidential, p provisional, u low reliability; ':' not available.",
    ),
    "tin00085": Source(
        "Eurostat",
        "Percentage of ICT-sector personnel in total employment (tin00085)",
        "CC BY 4.0",
        "eurostat_tin00085_6c_eu.tsv",
        "Counts ICT-sector workers, unlike isoc_sks_itspt (ICT specialists in all sectors).",
    ),
    "gii": Source(
        "WIPO",
        "Global Innovation Index 2011-2022 (dataset: Brás, Data in Brief 46, 2023, 108818)",
        "as published",
        "gii_2011_2022_pillars_6c.csv",
        "Years are GII editions. The GII has no EU figure.",
    ),
    "desi": Source(
        "European Commission",
        "Digital Economy and Society Index 2022",
        "CC BY 4.0",
        "desi2022_dimension_contributions_5c_eu.csv",
        "The overall score is the sum of the four weighted dimension contributions. No UK.",
    ),
    "desi-detail": Source(
        "European Commission",
        "Digital Economy and Society Index 2022, all indicators",
        "CC BY 4.0",
        "desi2022_all_indicators_5c_eu.csv",
        "Indicator, breakdown and unit codes as the Commission publishes them. No UK.",
    ),
}


@dataclass(frozen=True)
class Spec:
    code: str
    group: str
    series: str  # the series' name in its file
    name: Promise | str
    unit: Promise | str
    source: str = ""  # key of SOURCES; by default the group's

    @property
    def source_key(self) -> str:
        return self.source or {"eis-dimension": "eis", "eis-indicator": "eis"}.get(
            self.group, self.group
        )


GROUPS = {
    "eis": _("European Innovation Scoreboard 2023"),
    "eis-dimension": _("European Innovation Scoreboard 2023: dimensions"),
    "eis-indicator": _("European Innovation Scoreboard 2023: indicators"),
    "rd": _("Research and high technology (World Bank)"),
    "ict": _("ICT in the economy (Eurostat)"),
    "gii": _("Global Innovation Index (WIPO)"),
    "desi": _("Digital Economy and Society Index 2022"),
    "desi-detail": _("DESI 2022 indicators (Commission codes)"),
}


def _eis_code(name: str) -> str:
    return "eis-" + "-".join(
        re.sub(r"[^a-z0-9]+", " ", name.lower().replace("%", "pct").replace("&", "and")).split()
    )


# (name in the EIS file, translated name); codes are derived from the names.
EIS_DIMENSIONS = [
    ("Human resources", _("Human resources")),
    ("Attractive research systems", _("Attractive research systems")),
    ("Digitalisation", _("Digitalisation")),
    ("Finance and support", _("Finance and support")),
    ("Firm investments", _("Firm investments")),
    ("Use of information technologies", _("Use of information technologies")),
    ("Innovators", _("Innovators")),
    ("Linkages", _("Linkages")),
    ("Intellectual assets", _("Intellectual assets")),
    ("Employment impacts", _("Employment impacts")),
    ("Sales impacts", _("Sales impacts")),
    ("Environmental sustainability", _("Environmental sustainability")),
]
EIS_INDICATORS = [
    ("Air emissions by fine particulates", _("Air emissions by fine particulates")),
    ("Broadband penetration", _("Broadband penetration")),
    ("Design applications", _("Design applications")),
    (
        "Direct and indirect government support of business R&D",
        _("Direct and indirect government support of business R&D"),
    ),
    ("Employed ICT specialists", _("Employed ICT specialists")),
    ("Employment in innovative enterprises", _("Employment in innovative enterprises")),
    (
        "Employment in knowledge-intensive activities",
        _("Employment in knowledge-intensive activities"),
    ),
    ("Enterprises providing ICT training", _("Enterprises providing ICT training")),
    ("Environment-related technologies", _("Environment-related technologies")),
    (
        "Exports of medium and high technology products",
        _("Exports of medium and high technology products"),
    ),
    (
        "Foreign doctorate students as a % of all doctorate students",
        # xgettext:no-python-format
        _("Foreign doctorate students as a % of all doctorate students"),
    ),
    (
        "Individuals with above basic overall digital skills",
        _("Individuals with above basic overall digital skills"),
    ),
    (
        "Innovation expenditures per person employed",
        _("Innovation expenditures per person employed"),
    ),
    ("Innovative SMEs collaborating with others", _("Innovative SMEs collaborating with others")),
    ("International scientific co-publications", _("International scientific co-publications")),
    ("Job-to-job mobility of HRST", _("Job-to-job mobility of HRST")),
    ("Knowledge-intensive services exports", _("Knowledge-intensive services exports")),
    ("New doctorate graduates", _("New doctorate graduates")),
    ("Non-R&D innovation expenditures", _("Non-R&D innovation expenditures")),
    ("PCT patent applications", _("PCT patent applications")),
    ("Population involved in lifelong learning", _("Population involved in lifelong learning")),
    ("Population with tertiary education", _("Population with tertiary education")),
    ("Public-private co-publications", _("Public-private co-publications")),
    ("R&D expenditure in the business sector", _("R&D expenditure in the business sector")),
    ("R&D expenditure in the public sector", _("R&D expenditure in the public sector")),
    ("Resource productivity", _("Resource productivity")),
    (
        "SMEs introducing business process innovations",
        _("SMEs introducing business process innovations"),
    ),
    ("SMEs introducing product innovations", _("SMEs introducing product innovations")),
    (
        "Sales of new-to-market and new-to-firm innovations",
        _("Sales of new-to-market and new-to-firm innovations"),
    ),
    (
        "Scientific publications among the top 10% most cited",
        _("Scientific publications among the top 10% most cited"),
    ),
    ("Trademark applications", _("Trademark applications")),
    ("Venture capital expenditures", _("Venture capital expenditures")),
]

SPECS = [
    Spec("eis-sii", "eis", "Summary Innovation Index", _("Summary Innovation Index"), SCORE_EU),
    *(Spec(_eis_code(n), "eis-dimension", n, t, SCORE_EU) for n, t in EIS_DIMENSIONS),
    *(Spec(_eis_code(n), "eis-indicator", n, t, SCORE_EU) for n, t in EIS_INDICATORS),
    Spec("rd-expenditure", "rd", "GB.XPD.RSDV.GD.ZS", _("R&D expenditure"), PCT_GDP, "wdi-rd"),
    Spec(
        "researchers",
        "rd",
        "SP.POP.SCIE.RD.P6",
        _("Researchers in R&D"),
        _("per million people"),
        "wdi-researchers",
    ),
    Spec(
        "hightech-exports",
        "rd",
        "TX.VAL.TECH.MF.ZS",
        _("High-technology exports"),
        # xgettext:no-python-format
        _("% of manufactured exports"),
        "wdi-hightech",
    ),
    Spec(
        "ict-specialists",
        "ict",
        "ict_share_pc_emp",
        _("ICT specialists in employment"),
        PCT_EMPLOYMENT,
        "isoc",
    ),
    Spec(
        "ict-specialists-people",
        "ict",
        "ict_employed_ths",
        _("ICT specialists employed"),
        THOUSANDS,
        "isoc",
    ),
    Spec("ict-sector-gdp", "ict", "ICT", _("ICT sector share of GDP"), PCT_GDP, "tin00074"),
    Spec(
        "ict-manufacturing-gdp",
        "ict",
        "C_ICT",
        _("ICT manufacturing share of GDP"),
        PCT_GDP,
        "tin00074",
    ),
    Spec("ict-services-gdp", "ict", "G-U_ICT", _("ICT services share of GDP"), PCT_GDP, "tin00074"),
    Spec(
        "ict-sector-employment",
        "ict",
        "ICT",
        _("ICT sector share of employment"),
        PCT_EMPLOYMENT,
        "tin00085",
    ),
    Spec(
        "ict-manufacturing-employment",
        "ict",
        "C_ICT",
        _("ICT manufacturing share of employment"),
        PCT_EMPLOYMENT,
        "tin00085",
    ),
    Spec(
        "ict-services-employment",
        "ict",
        "G-U_ICT",
        _("ICT services share of employment"),
        PCT_EMPLOYMENT,
        "tin00085",
    ),
    Spec("gii-score", "gii", "Global Innovation Index", _("Global Innovation Index"), SCORE_100),
    Spec("gii-institutions", "gii", "Institutions", _("GII: Institutions"), SCORE_100),
    Spec(
        "gii-human-capital",
        "gii",
        "Human capital and research",
        _("GII: Human capital and research"),
        SCORE_100,
    ),
    Spec("gii-infrastructure", "gii", "Infrastructure", _("GII: Infrastructure"), SCORE_100),
    Spec("gii-market", "gii", "Market sophistication", _("GII: Market sophistication"), SCORE_100),
    Spec(
        "gii-business",
        "gii",
        "Business sophistication",
        _("GII: Business sophistication"),
        SCORE_100,
    ),
    Spec(
        "gii-knowledge-outputs",
        "gii",
        "Knowledge and technology outputs",
        _("GII: Knowledge and technology outputs"),
        SCORE_100,
    ),
    Spec("gii-creative-outputs", "gii", "Creative outputs", _("GII: Creative outputs"), SCORE_100),
    Spec("desi-total", "desi", "", _("DESI overall score"), DESI_POINTS),
    Spec(
        "desi-human-capital", "desi", "desi/desi_hc/pc_desi", _("DESI: Human capital"), DESI_POINTS
    ),
    Spec(
        "desi-connectivity", "desi", "desi/desi_conn/pc_desi", _("DESI: Connectivity"), DESI_POINTS
    ),
    Spec(
        "desi-integration",
        "desi",
        "desi/desi_idt/pc_desi",
        _("DESI: Integration of digital technology"),
        DESI_POINTS,
    ),
    Spec(
        "desi-public-services",
        "desi",
        "desi/desi_dps/pc_desi",
        _("DESI: Digital public services"),
        DESI_POINTS,
    ),
]

BY_CODE = {spec.code: spec for spec in SPECS}


def desi_detail_code(series: str) -> str:
    return "desi:" + series


def spec_for(code: str) -> Spec | None:
    """The catalogue entry, or one made for a DESI indicator kept under its own code."""
    if code in BY_CODE:
        return BY_CODE[code]
    if code.startswith("desi:"):
        series = code.removeprefix("desi:")
        return Spec(code, "desi-detail", series, series, AS_PUBLISHED)
    return None
