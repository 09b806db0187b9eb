package org.inspectionplanner.data.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Invented but plausible names for synthetic data. Lists are fixed and ordered, so that a seed
 * always picks the same names.
 */
public final class DemoNames {

    private DemoNames() {
    }

    /** English PDUs; every 4th PDU handed out is Welsh while Welsh names last (see {@link #pdus}). */
    static final List<String> ENGLISH_PDUS = List.of(
            "Leeds", "Birmingham Central", "Sheffield", "Bristol and South Gloucestershire",
            "Manchester North", "Liverpool South", "Newcastle upon Tyne", "Nottingham City",
            "Hull and East Riding", "Leicester", "Bradford and Calderdale", "Plymouth",
            "Norfolk", "Kent West", "Derby City", "Stoke and Staffordshire North", "Coventry",
            "Sunderland", "Wigan", "Swindon and Wiltshire", "Lambeth", "Hackney and City",
            "Croydon", "Brent", "Lancashire East", "Cumbria", "Teesside", "Durham",
            "Northamptonshire", "Oxfordshire", "Cambridgeshire", "Suffolk", "Essex North",
            "Surrey", "Sussex West", "Hampshire North", "Dorset", "Devon", "Cornwall",
            "Gloucestershire", "Worcestershire", "Lincolnshire West", "North Yorkshire",
            "Wakefield", "Doncaster", "Bolton", "Salford", "Wirral", "Medway", "Southampton");

    static final List<String> WELSH_PDUS = List.of(
            "Cardiff and Vale", "Gwynedd and Ynys Mon", "Swansea Neath Port Talbot", "Gwent",
            "Conwy and Denbighshire", "Wrexham and Flintshire", "Cwm Taf Morgannwg",
            "Dyfed", "Powys");

    /** The police force area of each PDU, in the order of {@link #ENGLISH_PDUS} then {@link #WELSH_PDUS}. */
    static final List<String> PDU_AREAS = List.of(
            "West Yorkshire", "West Midlands", "South Yorkshire", "Avon and Somerset", "Greater Manchester",
            "Merseyside", "Northumbria", "Nottinghamshire", "Humberside", "Leicestershire", "West Yorkshire",
            "Devon and Cornwall", "Norfolk", "Kent", "Derbyshire", "Staffordshire", "West Midlands", "Northumbria",
            "Greater Manchester", "Wiltshire", "London", "London", "London", "London", "Lancashire", "Cumbria",
            "Cleveland", "Durham", "Northamptonshire", "Thames Valley", "Cambridgeshire", "Suffolk", "Essex",
            "Surrey", "Sussex", "Hampshire", "Dorset", "Devon and Cornwall", "Devon and Cornwall",
            "Gloucestershire", "West Mercia", "Lincolnshire", "North Yorkshire", "West Yorkshire",
            "South Yorkshire", "Greater Manchester", "Greater Manchester", "Merseyside", "Kent", "Hampshire",
            // Welsh PDUs
            "South Wales", "North Wales", "South Wales", "Gwent", "North Wales", "North Wales", "South Wales",
            "Dyfed-Powys", "Dyfed-Powys");

    /** The police force area a PDU of {@link #pdus} lies in (numbered repeats too), or null for a name not from there. */
    public static String areaOf(String pdu) {
        String base = pdu.replaceFirst(" \\d+$", "");
        int i = ENGLISH_PDUS.indexOf(base);
        if (i < 0) {
            int w = WELSH_PDUS.indexOf(base);
            i = w < 0 ? -1 : ENGLISH_PDUS.size() + w;
        }
        return i < 0 ? null : PDU_AREAS.get(i);
    }

    /** Share of Welsh-language cases in each Welsh PDU, in the order of {@link #WELSH_PDUS}. */
    static final double[] WELSH_LANGUAGE_SHARE = {0.03, 0.28, 0.06, 0.02, 0.12, 0.05, 0.03, 0.18, 0.10};

    static final List<String> OFFICE_SITES = List.of(
            "Station Road", "High Street", "Market Street", "Castle Street", "Victoria House",
            "Crown Buildings", "Bridge Street", "Queen Street", "Park Row", "Church Lane",
            "Mill Lane", "King Street", "North Parade", "Albion House", "Riverside");

    static final List<String> PRISONS = List.of(
            "HMP Leeds", "HMP Durham", "HMP Manchester", "HMP Birmingham", "HMP Bristol",
            "HMP Nottingham", "HMP Hull", "HMP Doncaster", "HMP Liverpool", "HMP Altcourse",
            "HMP Pentonville", "HMP Wandsworth", "HMP Brixton", "HMP Lewes", "HMP Exeter",
            "HMP Norwich", "HMP Bedford", "HMP Leicester", "HMP Winchester", "HMP Preston",
            "HMP Hewell", "HMP Elmley", "HMP Humber", "HMP Holme House");

    static final List<String> WELSH_PRISONS = List.of(
            "HMP Cardiff", "HMP Swansea", "HMP Parc", "HMP Berwyn", "HMP Usk", "HMP Prescoed");

    static final List<String> WOMENS_PRISONS = List.of(
            "HMP Eastwood Park", "HMP Styal", "HMP Bronzefield", "HMP New Hall",
            "HMP Low Newton", "HMP Foston Hall", "HMP Drake Hall");

    /** Police force areas, used as the area of inspections (area-burden rules work on them). */
    static final List<String> AREAS = List.of(
            "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland",
            "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys",
            "Essex", "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire", "Hertfordshire",
            "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "London",
            "Merseyside", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire",
            "Northumbria", "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire",
            "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire", "West Mercia",
            "West Midlands", "West Yorkshire", "Wiltshire");

    static final List<String> FIRST_NAMES = List.of(
            "Aisha", "Ben", "Carys", "Daniel", "Eleri", "Farah", "Gareth", "Hannah", "Imran",
            "Joanne", "Kwame", "Laura", "Mohammed", "Nia", "Owen", "Priya", "Rhys", "Sarah",
            "Tomasz", "Uzma", "Victoria", "William", "Yusuf", "Zoe", "Catrin", "Dylan", "Grace",
            "Sian", "Marcus", "Helen");

    static final List<String> LAST_NAMES = List.of(
            "Ahmed", "Bennett", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes",
            "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Roberts",
            "Singh", "Thomas", "Walker", "Williams", "Wright", "Young", "Price", "Mensah",
            "Owen", "Parry", "Shaw", "Taylor", "Wood");

    static final List<String> THEMES = List.of(
            "Domestic abuse", "Offender management in custody", "Resettlement",
            "Race equality in probation", "Mental health in the criminal justice system",
            "Public protection and MAPPA", "Victims' experience of the system",
            "Women in the criminal justice system", "Youth diversion", "Electronic monitoring",
            "Disclosure of evidence", "Hate crime", "Child exploitation", "Case progression in courts");

    /**
     * The first {@code n} PDU names: mostly English with a Welsh PDU in every fourth place (from the
     * third) while Welsh names last. Beyond the lists, names get a number suffix, so they stay unique.
     */
    public static List<String> pdus(int n) {
        List<String> out = new ArrayList<>(n);
        int english = 0;
        int welsh = 0;
        for (int i = 0; i < n; i++) {
            boolean welshSlot = i % 4 == 2 && welsh < WELSH_PDUS.size();
            String base;
            if (welshSlot) {
                base = WELSH_PDUS.get(welsh++);
            } else {
                int k = english++;
                base = ENGLISH_PDUS.get(k % ENGLISH_PDUS.size());
                if (k >= ENGLISH_PDUS.size()) {
                    base = base + " " + (k / ENGLISH_PDUS.size() + 1);
                }
            }
            out.add(base);
        }
        return out;
    }

    /** True for the Welsh PDUs of {@link #pdus}; only these have Welsh-language cases. */
    public static boolean isWelshPdu(String pdu) {
        return WELSH_PDUS.contains(pdu);
    }

    static double welshLanguageShare(String pdu) {
        int i = WELSH_PDUS.indexOf(pdu);
        return i < 0 ? 0 : WELSH_LANGUAGE_SHARE[i];
    }
}
