/* test_extract.c: relations from sentences (fixture ontology), negation,
 * values, titles, pronouns, and the JSON round trip of records. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/kg.h"
#include "kg_test.h"
#include "kg_test_rel.h"
#include "core/ctx_internal.h"

/* No relation of g carries the event code. */
static void expect_no_code(const got *g, const char *code)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        assert_string_not_equal(g->cameo[k], code);
}

/* No relation of g has the subject id. */
static void expect_no_subject(const got *g, const char *id)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        assert_string_not_equal(g->subj[k], id);
}

static void subject_verb_object(void **state)
{
    got g;
    run(state, "Sweden has rejected Turkey\xE2\x80\x99s repeated requests.", &g);
    assert_int_equal(g.n, 2); /* and Turkey's request to Sweden */
    assert_string_equal(g.subj[0], "SWE");
    assert_string_equal(g.type[0], "reject");
    assert_string_equal(g.obj[0], "TUR");
    assert_false(g.negated[0]);
}

/* "rejected any Turkish proposal for a freeze": "any" is a determiner,
 * so the noun phrase after it (and its actor) is the verb's object, as
 * after "a" or "every". */
static void any_is_a_determiner(void **state)
{
    got g;
    run(state, "Sweden rejected any Turkish proposal for a freeze.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
}

/* "Erdogan arrived in Moscow. The president accused Sweden of ...": "the"
 * and a title with no name or country of its own is the person named
 * before with it (or, for a minister or head of government, the one
 * coded with its sector when all are of one country). */
static void definite_title_is_the_named_person(void **state)
{
    got g;
    run(state, "Erdogan met Putin in Moscow. The president accused Sweden.",
        &g);
    assert_int_equal(g.n, 1); /* who met; which president: not clear */
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL,
               "person_vladimir_putin", NULL);
    run(state,
        "Erdogan met Putin in Moscow. The prime minister accused Sweden.",
        &g);
    assert_int_equal(g.n, 1); /* neither was named prime minister */
    run(state, "President Erdogan spoke in Ankara. The president accused "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "accuse", "SWE", "112");
    run(state, "Erdogan spoke in Ankara. The president of Sweden accused "
               "Turkey.",
        &g);
    assert_true(g.n == 0 ||
                strcmp(g.subj[0], "person_recep_tayyip_erdogan") != 0);
}

/* "Ali Kaya, a spokesman for Turkey,": a role apposition codes a person
 * of no code of their own with the office it names, or with the country
 * alone when it names no office; not an actor that only starts a longer
 * name, nor a clause. */
static void role_apposition_codes_the_person(void **state)
{
    got g;
    run(state, "Ali Kaya, a spokesman for Turkey, accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
    expect_rel(&g, 0, NULL, "accuse", "SWE", "112");
    run(state,
        "Ali Kaya, the Turkish defence ministry spokesman, accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOVMIL");
    run(state,
        "Ali Kaya, a spokesman for the Turkish Dairy Board, accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "");
    run(state, "Ali Kaya, who met Turkish officials, accused Sweden.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.code[1], "");
    /* "X, a Turkish basketball star,": no office, the person's nationality;
     * not "a Turkey-based basketball star" */
    run(state, "Ali Kaya, a Turkish basketball star, accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TUR");
    run(state, "Ali Kaya, a Turkey-based basketball star, accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "");
}

/* "Zorgcorp founder Ali Kaya": an unknown name before a role noun of no
 * office and a person is only whose founder he is; the person heads the
 * phrase (a title's name may be a state body: "Banking Committee
 * chairman" is left alone). */
static void founder_noun_person_heads(void **state)
{
    got g;
    run(state, "Sweden accused Zorgcorp founder Ali Kaya.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_ali_kaya", "112");
    run(state, "Sweden accused Zorgcorp chairman Ali Kaya.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_zorgcorp", "112");
}

/* "World Bank head Barber Conable", "Polish National Bank head Wladyslaw
 * Baka": a coded body, a word of its leadership and a person kg has no
 * code for: the person acts for the body (its code); an unknown name
 * before "chairman" stays as it was (founder_noun_person_heads). */
static void body_head_person_takes_its_code(void **state)
{
    got g;
    run(state, "World Bank head Ali Kaya met Turkish officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ali_kaya", "meet", "TUR", "040");
    assert_string_equal(g.code[0], "IGOUNODEVWBK");
}

/* "broke the Easter truce", "on Christmas Eve", "New Year": a feast is
 * a day, no actor; "Christmas Island" is still a place. */
static void holiday_is_no_actor(void **state)
{
    static const char *const texts[] = {
        "Sweden broke the Easter truce with Turkey.",
        "Sweden accused Christmas Eve rioters in Turkey.",
        "Sweden criticized New Year sales in Turkey.", NULL};
    size_t k, r;
    got g;
    for (k = 0; texts[k]; k++) {
        run(state, texts[k], &g);
        for (r = 0; r < g.n; r++) {
            assert_null(strstr(g.subj[r], "x_"));
            assert_null(strstr(g.obj[r], "x_"));
        }
    }
    run(state, "Sweden accused Easter Island of lying.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.obj[0], "easter_island"));
}

/* "announced on Christmas Eve a unilateral halt to hostilities with": a
 * date phrase, a feast too, between a light verb and its event noun
 * leaves the noun the verb's subject's. */
static void date_after_light_verb(void **state)
{
    got g;
    run(state, "Sweden announced on Christmas Eve a ceasefire with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "ceasefire", "TUR", "0871");
    /* (a date mention, "Sunday", inside the feast) */
    run(state, "Sweden announced on Easter Sunday a ceasefire with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "ceasefire", "TUR", "0871");
}

/* "the Kakhovka dam on the Dnipro", "the Kerem Shalom crossing": a name
 * before a site noun is a place, of the country it is in or on. */
static void named_site_is_a_place(void **state)
{
    got g;
    run(state, "Sweden bombed the Zorgo Kaya dam in Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", NULL, "x_zorgo_kaya", NULL);
    assert_non_null(strstr(g.json[0], "\"type\":\"Place\",\"code\":\"TUR\""));
}

/* "has yet to condemn", "stopped short of condemning", "refrained from
 * condemning", "avoided condemning", "was unable to condemn": the act was
 * not done, so it is negated, as after "failed to". */
static void not_yet_done_is_negated(void **state)
{
    static const char *const texts[] = {
        "Sweden has yet to condemn Turkey.",
        "Sweden stopped short of condemning Turkey.",
        "Sweden refrained from condemning Turkey.",
        "Sweden avoided condemning Turkey.",
        "Sweden hoped to avoid having to condemn Turkey.",
        "Sweden was unable to condemn Turkey.",
        /* an act put off or a right to it waived: "agreed to hold up
         * imposing anti-dumping duties", "waived its right to impose" */
        "Sweden postponed condemning Turkey.",
        "Sweden held off condemning Turkey.",
        "Sweden put off condemning Turkey.",
        "Sweden waived its right to condemn Turkey.",
        /* an act a ban keeps from being done (ex_barred_from) */
        "Sweden has been banned from condemning Turkey.",
        "Sweden was prevented from condemning Turkey.", NULL};
    size_t k, i;
    got g;
    for (k = 0; texts[k]; k++) {
        run(state, texts[k], &g);
        assert_int_equal(g.n, 1);
        expect_rel(&g, 0, "SWE", NULL, "TUR", "111");
        assert_true(g.negated[0]);
    }
    /* "prevented Fujitsu from taking control of": the barred actor's act */
    run(state, "A court barred Sweden from condemning Turkey.", &g);
    for (i = 0; i < g.n && strcmp(g.subj[i], "SWE") != 0; i++)
        ;
    assert_true(i < g.n);
    assert_string_equal(g.obj[i], "TUR");
    assert_true(g.negated[i]);
    run(state, "Sweden condemned Turkey from the start.", &g);
    assert_int_equal(g.n, 1);
    assert_false(g.negated[0]);
}

static void aside_between_dashes_is_skipped(void **state)
{
    got g;
    run(state,
        "Turkey \xE2\x80\x93 NATO\xE2\x80\x99s second largest army \xE2\x80\x93 "
        "has banned Stockholm from the alliance, accusing it of harboring "
        "militants.",
        &g);
    assert_int_equal(g.n, 3); /* the aside still says Turkey is in NATO */
    assert_string_equal(g.type[2], "member");
    assert_string_equal(g.obj[2], "NATO");
    assert_string_equal(g.subj[0], "TUR");
    assert_string_equal(g.type[0], "block");
    assert_string_equal(g.obj[0], "SWE");
    assert_string_equal(g.type[1], "accuse"); /* "it" is Stockholm */
    assert_string_equal(g.obj[1], "SWE");

    /* an actor inside a bracketed aside is not the object either */
    run(state, "Erdogan is attacking (Syrian President) Putin and Russia.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.obj[0], "person_vladimir_putin");
    assert_string_equal(g.obj[1], "RUS");
}

static void negation_is_kept(void **state)
{
    got g;
    run(state, "Erdogan did not impose sanctions on Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "sanction");
    assert_true(g.negated[0]);
    /* an unresolved "we" gives no relation at all */
    run(state, "We have not reached a stage where we impose sanctions on "
               "Russia.",
        &g);
    assert_int_equal(g.n, 0);
    /* the negation of the main clause stays out of an adverbial clause:
     * the visit is asserted */
    run(state, "The talks will not be easy when Putin visits Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "visit");
    assert_false(g.negated[0]);
    /* a reporter's epithet before the object country */
    run(state, "Israel attacked war-torn Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.obj[0], "SYR");
    assert_string_equal(g.cameo[0], "190");
    run(state, "Putin visited neighbouring Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.obj[0], "TUR");
    /* "ethnic" before a people: the people is the object */
    run(state, "Israel attacked ethnic Syrians.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.obj[0], "SYR");
    assert_string_equal(g.cameo[0], "190");
    /* "a rallying call", "a rallying cry": a call, no rally (141) */
    run(state, "Erdogan issued a rallying call to Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syrian protesters held a rally against Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "141");
    /* a name with a possessive inside ("People's Liberation Army")
     * matches the text, whose "'s" is a token of its own */
    run(state, "The Syrian People's Army attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRREB");
    assert_string_equal(g.obj[0], "TUR");
    /* a state or a world body charged "with" something is accused
     * (112); people are charged by a court or the police (173) */
    run(state, "Turkey charged Syria with aggression.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "accuse");
    assert_string_equal(g.cameo[0], "112");
    run(state, "Syrian police charged Turkish workers with fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "173");
    /* "striking" before the strikers is their adjective: no attack,
     * and the verb before it keeps them as its object */
    run(state, "Erdogan warned striking workers.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "threaten");
    assert_string_equal(g.cameo[0], "130");
    run(state, "The border was not calm while Russia attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "attack");
    assert_false(g.negated[0]);
}

static void intent_and_threat_words(void **state)
{
    got g;
    /* a threat word before its object triggers itself (CAMEO 1312) */
    run(state, "Russia threatened Turkey with sanctions.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.type[0], "threaten_sanctions");
    assert_non_null(strstr(g.json[0], "\"cameo\":\"1312\""));
    /* help that is only wanted is an intent to give aid (033) ... */
    run(state, "Turkey wants to help Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"cameo\":\"033\""));
    /* ... while a plain future keeps the act (070) */
    run(state, "Turkey will help Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"cameo\":\"070\""));
    /* a plot is a secret design: the act is not done, and no threat made
     * to anyone either (kept without an event code; was 138 until the
     * eighteenth session: plotted_act_is_no_threat) */
    run(state, "Militants in Syria plotted to attack Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    assert_string_equal(g.cameo[0], "");
}

static void titles_and_codes_by_date(void **state)
{
    got g;
    run(state, "Turkish President Recep Tayyip Erdogan praised Putin.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.subj[0], "person_recep_tayyip_erdogan");
    assert_string_equal(g.code[0], "TURGOV");
    assert_string_equal(g.obj[0], "person_vladimir_putin");
    /* the demonym was part of the title, so it made no Turkey relation */
    assert_null(strstr(g.json[0], "\"id\":\"TUR\""));
}

/* "Soviet Foreign Minister Eduard Shevardnadze": a state's title before
 * a person of offices in several states names the office of that state,
 * whatever the date says (undated, his latest office is another state's;
 * was RUSGOV here), and on a date when he held none of that state's
 * offices the title's state ("U.S. Ambassador Paul Wolfowitz" in 1987,
 * whose offices in the dictionary are later); "former" keeps the date's. */
static void title_state_chooses_office(void **state)
{
    got g;
    run_dated(state, "Soviet Minister Pavel Orlin praised Putin.", NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.subj[0], "person_pavel_orlin");
    assert_string_equal(g.code[0], "SUNGOV");
    run_dated(state, "Pavel Orlin praised Putin.", NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSGOV");
    run_dated(state, "Soviet Minister Pavel Orlin praised Putin.",
              "1999-01-01", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SUNGOV");
    run_dated(state, "Former Soviet Minister Pavel Orlin praised Putin.",
              "1999-01-01", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSGOV");
    run_dated(state, "Turkish Minister Pavel Orlin praised Putin.",
              "1987-01-01", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
}

/* "George Shultz and Soviet Foreign Minister Eduard Shevardnaze will
 * meet" (a misspelt name the ontology lacks): the country word of the
 * unknown person's title is part of his mention, so the two people are
 * the meeting's sides (was "Soviet" alone, joined to Shultz: nothing). */
static void unknown_titled_person_is_one_mention(void **state)
{
    got g;
    size_t k;
    int both = 0;
    run(state, "Putin and Soviet Minister Ivan Petrovsky will meet in "
               "Ankara.",
        &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++) {
        assert_string_not_equal(g.subj[k], "SUN");
        assert_string_not_equal(g.obj[k], "SUN");
        if (!strcmp(g.subj[k], "person_vladimir_putin") &&
            strstr(g.json[k], "Soviet Minister Ivan Petrovsky"))
            both = 1;
    }
    assert_true(both);
}

/* "Eduard Shevardnadze, the Soviet foreign minister,": an apposition
 * naming a state's office chooses as the title before the name does
 * (was his latest office, RUSGOV here); one that is no noun phrase of an
 * office ("winding up a visit to Moscow") or a former office does not. */
static void apposition_state_chooses_office(void **state)
{
    got g;
    run_dated(state, "Pavel Orlin, the Soviet minister, praised Putin.", NULL,
              &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.subj[0], "person_pavel_orlin");
    assert_string_equal(g.code[0], "SUNGOV");
    run_dated(state, "Pavel Orlin, the former Soviet minister, praised Putin.",
              NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSGOV");
    run_dated(state, "Pavel Orlin, winding up a visit to Moscow, praised "
                     "Putin.",
              NULL, &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.code[0], "RUSGOV");
}

static void money_and_compounds(void **state)
{
    got g;
    size_t i;
    int rus_money = 0, rus_tur = 0;
    run(state, "The volume of Russian-Turkish trade reaches $62 billion "
               "annually.",
        &g);
    for (i = 0; i < g.n; i++) {
        if (!strcmp(g.subj[i], "RUS") && !strncmp(g.obj[i], "money_", 6) &&
            fabs(g.value[i] - 62e9) < 1)
            rus_money = 1;
        if (!strcmp(g.subj[i], "RUS") && !strcmp(g.obj[i], "TUR"))
            rus_tur = 1;
    }
    assert_true(rus_money);
    assert_true(rus_tur);
}

static void pronouns_and_coordination(void **state)
{
    got g;
    run(state, "Kilicdaroglu spoke on Friday. He met with Erdogan and Putin.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.subj[0], "person_kemal_kilicdaroglu");
    assert_string_equal(g.obj[0], "person_recep_tayyip_erdogan");
    assert_string_equal(g.obj[1], "person_vladimir_putin");
}


/* "urged the Reagan administration to block", "called on the government
 * to seek help from the IMF": the act asked of a longer phrase holding
 * the actor is demanded, not done (was asserted, coded). */
static void asked_of_phrase(void **state)
{
    got g;
    run(state, "Sweden urged the Reagan administration to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "x_reagan", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden urged the new Turkish government to attack Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden asked the Kenyan opposition parties to meet Erdogan.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.cameo[1], "");
    assert_string_equal(g.modality[1], "demanded");

    /* a verb between ends the phrase: the visit was made */
    run(state, "Sweden told reporters Putin visited Turkey on Friday to meet "
               "Erdogan.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "asserted");
    assert_string_equal(g.modality[1], "asserted");

    /* "in order for": a purpose, no order */
    run(state, "Sweden opened its border in order for Turkey to attack "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    assert_string_equal(g.modality[0], "asserted");
}

/* "expects the EPA to sue", "requires Reagan to comply with", "is bound
 * by law to help": owed or expected, not done (hypothetical; was
 * asserted); "to force Japan to open": asked (the verb "force", after
 * "to", not the noun). */
static void owed_or_forced_infinitive(void **state)
{
    got g;
    run(state, "Sweden expects the Turkish government to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "Sweden is bound by law to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "The move is an attempt to force Turkey to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "");
    assert_string_equal(g.modality[0], "demanded");
}

/* "wants Putin to attack", "urged Turkey to lift sanctions": an appeal by
 * the asker (CAMEO 02x, refined by what is asked), and the asked act kept
 * as demanded, with no event code since it did not happen. */
static void appeals_and_demands(void **state)
{
    got g;
    run(state, "Erdogan wants Putin to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "urge",
               "person_vladimir_putin", "021");
    expect_rel(&g, 1, "person_vladimir_putin", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    /* the lexicon's own "urge" (020) gives way to the refined appeal */
    run(state, "Sweden urged Turkey to lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "0254");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Russia told Sweden to quickly supply weapons to Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "1032");
    /* (the adverb is ex_is_adverb's: "again", not the noun "family") */
    run(state, "Russia told Sweden to again supply weapons to Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "1032");

    /* asked through "by": the one asked would act */
    run(state, "Putin was urged by Erdogan to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "urge",
               "person_vladimir_putin", NULL);
    expect_rel(&g, 1, "person_vladimir_putin", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    /* permitted, not done */
    run(state, "Turkey allowed Sweden to supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");

    /* "let" takes the permitted act as a bare verb: permitted too */
    run(state, "Turkey will let Sweden supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "Russia said it would let Sweden attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");

    /* (a plain past "let" reports the act done) */
    run(state, "Russia let Sweden attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "SYR", "190");
}

/* "the prime minister of Turkey" is the office of its government as
 * "the president of France" is (the longest title before "of", not
 * "minister" after "prime"), and, as an office, a holder "he" and "his"
 * stand for. */
static void title_of_country_is_an_office(void **state)
{
    got g;
    run(state, "The prime minister of Turkey visited Germany.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "DEU", NULL);
    assert_string_equal(g.code[0], "TURGOV");

    run(state, "The president of France said he would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", NULL, "SYR", NULL);
    assert_string_equal(g.code[0], "FRAGOV");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    /* "Turkey's opposition leader": the mention stops at the group noun
     * that opens the title; the office is still one "he" stands for */
    run(state, "Turkey's opposition leader said he would send aid to Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_OPP", NULL, "SYR", NULL);
    assert_string_equal(g.code[0], "TUROPP");
}

/* A head of government who says his government or his country will act
 * states its intent (03x), as "Russia said it would" does: he speaks for
 * his state.  Another country's future stays a plain future. */
static void speaker_announces_his_states_intent(void **state)
{
    got g;
    run(state, "Putin said his government would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Putin said Russia would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Putin said Turkey would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[0], "07", 2), 0);
}

/* ", officials said" at the end names no speaker: the report's own
 * speaker still announces the intent ("Russia said it would ...": 03x),
 * and the subject ex_subject finds for the tail's verb, inside the
 * report, is nobody's word (it was Syria's, which lost the intent). */
static void unnamed_tail_speaker(void **state)
{
    got g;
    run(state, "Russia said it would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Russia said it would send aid to Syria, officials said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);
    assert_non_null(strstr(g.json[0], "\"attributed_to\":{\"id\":\"RUS\""));

    run(state, "Russia sent aid to Syria, a spokesman told reporters.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"attributed_to\":null"));

    /* the report's own pronoun is no speaker of the tail either: "told
     * Turkey that it would send aid" stays Russia's stated intent toward
     * the one told */
    run(state, "Russia told Turkey that it would send aid, officials said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "033");
    assert_string_equal(g.modality[0], "intended");
}

/* "Russia will send aid to Syria, Minister Ivan Petrov said": a person
 * kg does not know, named right after a title of government office with
 * no country, speaks for the state the clause is about, as "the
 * minister said" does (03x); a person kg knows of another state does
 * not. */
static void titled_stranger_speaks_for_state(void **state)
{
    got g;
    run(state, "Russia will send aid to Syria, Minister Ivan Petrov said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Minister Ivan Petrov said Russia would send aid to Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    /* (no title: a stranger's report of Russia's plan stays a future) */
    run(state, "Russia will send aid to Syria, Ivan Petrov said.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "07", 2), 0);
}

/* "said in a statement that it would", "promised in a speech to the
 * nation to": the occasion of the speech between the speech or promise
 * verb and the clause leaves the clause the speaker's stated intent. */
static void speech_occasion_keeps_the_intent(void **state)
{
    got g;
    run(state, "Russia said in a statement that it would send aid to "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Russia said in a televised address on Monday that it would "
               "send aid to Syria.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Russia promised in a speech to the nation to send aid to "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    /* (a stay or visit it was promised on: "promised during his stay in
     * Nairobi that") */
    run(state, "Putin promised during his stay in Ankara that Russia would "
               "send aid to Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    /* (the "it" after the occasion is the speaker's, not the hearer's
     * named in it; a participle may give the message's way) */
    run(state, "Russia said in a letter to Turkey that it would send aid to "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);
    run(state, "Russia said in a statement faxed to a Turkish newspaper that "
               "it would send aid to Syria.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "RUS", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[g.n - 1], "03", 2), 0);

    /* (a place is no occasion: "sent aid in a convoy" is done) */
    run(state, "Russia sent aid to Syria in a convoy.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "07", 2), 0);
}

/* "India and Japan will jointly build a rail line", "Egyptian and Saudi
 * warships staged manoeuvres together": two countries' actors as one
 * subject who work jointly or together, or hold military exercises,
 * cooperate with each other (060; 062 when military); not for a verb
 * the lexicon codes on its own ("jointly condemned Syria"), a stake held
 * together, or "together with". */
static void pair_works_jointly(void **state)
{
    got g;
    run(state, "France and Germany will jointly build a new railway line.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "FRA", NULL, "DEU", "060");
    expect_rel(&g, 1, "DEU", NULL, "FRA", "060");

    run(state, "French and German warships staged manoeuvres together in "
               "the Gulf.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.cameo[0], "062");
    assert_string_equal(g.cameo[1], "062");

    run(state, "French and German troops staged desert exercises.", &g);
    assert_true(g.n >= 2);
    assert_string_equal(g.cameo[g.n - 1], "062");

    run(state, "France and Germany jointly condemned Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, NULL, "SYR", NULL);
    expect_rel(&g, 1, NULL, NULL, "SYR", NULL);

    run(state, "France and Germany jointly own a stake in the pipeline.", &g);
    assert_int_equal(g.n, 0);

    run(state, "France, together with Germany, opened a new railway line.", &g);
    assert_int_equal(g.n, 0);

    /* the subject's work with a partner after "together with" or
     * "jointly with": its cooperation with the partner (060), not for a
     * verb the lexicon codes ("together with Germany condemned Syria") */
    run(state, "France plans to build a rail line together with Germany.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", NULL, "DEU", NULL);
    assert_int_equal(strncmp(g.cameo[0], "0", 1), 0);
    run(state, "France will develop the gas field jointly with Germany.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", NULL, "DEU", "060");
    run(state, "France condemned Syria together with Germany.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", NULL, "SYR", NULL);
}

/* "Egypt and Saudi Arabia share the same view on Yemen": a view shared
 * (019) by coordinated subjects is each one's with the other; one named
 * after "with" is the subject's with it. */
static void shared_view_is_mutual(void **state)
{
    got g;
    run(state, "Egypt and Israel share the same view on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "agree", NULL, "019");
    expect_rel(&g, 1, NULL, "agree", NULL, "019");
    assert_string_not_equal(g.subj[0], g.subj[1]);
    run(state, "Egypt shares the same view with Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "EGY", "agree", "ISR", "019");
}

/* "would not say whether": a refusal to say declines comment (011) on
 * the other country's actor in the question left open, as "refused to
 * say" does; the speaker's own side, or a detail left out ("did not say
 * what"), is none. */
static void would_not_say_declines_comment(void **state)
{
    got g;
    run(state, "Israel would not say on Monday whether Egypt had sent the "
               "letter.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "EGY", "011");
    run(state, "Israel would not say whether Israeli officials had met.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Israel did not say whether Egypt had sent the letter.", &g);
    assert_int_equal(g.n, 0);
}

/* "The PKK said its fighters carried out the ambush of a Turkish army
 * convoy": an armed group that says it carried out an attack claims
 * responsibility for it (015) toward the attack's target; a state
 * reporting its own strikes claims nothing. */
static void group_said_it_carried_out_attack(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Syrian rebels said in a statement that their fighters had "
               "staged the bombing of the Turkish embassy.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "015")) {
            expect_rel(&g, k, NULL, NULL, "TUR", "015");
            assert_string_equal(g.code[k], "SYRREB");
            found = 1;
        }
    assert_true(found);
    run(state, "Turkey said its jets carried out the raids on Syrian rebels.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "015");
}

/* "Erdogan is expected in Moscow on Friday": an arrival forecast is an
 * intent to meet the host (036), as "is expected to arrive in" is, and
 * no passive; with no actor right before, "increases are expected in
 * Turkey" stays a passive and names no visit. */
static void expected_in_a_capital_is_a_visit_ahead(void **state)
{
    got g;
    run(state, "The Turkish president is expected in Moscow on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "RUS", "036");
    run(state, "Talks gathered pace with Turkey and Syria expected in "
               "Moscow.",
        &g);
    assert_int_equal(g.n, 2);
    run(state, "Price increases are expected in Turkey next year.", &g);
    assert_int_equal(g.n, 0);
}

/* "Seoul will ship rice to North Korea, the unification ministry said":
 * the acting state's unnamed officials announce its own intention (03x),
 * as a named minister would; analysts only forecast (a plain future);
 * goods shipped are aid, as goods sent (surface forms: "ships" is mostly
 * a noun) (r12b). */
static void unnamed_officials_announce_intent(void **state)
{
    got g;
    run(state, "Russia will be shipping food to Syria, the foreign ministry "
               "said on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid_humanitarian", "SYR", "0333");
    run(state, "Russia will send aid to Syria, a spokesman said.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);
    run(state, "Russia will send aid to Syria, analysts said.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "07", 2), 0);
    run(state, "Russia promised on Friday it would be shipping rice to "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "0333");
    /* the bare verb after "to" or a modal reads the same entries;
     * ("ships carrying rice": ships is a noun; surface forms only) */
    run(state, "Russia promised on Friday to ship rice to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "0333");
    run(state, "Turkish ships carrying rice to Syria sailed.", &g);
    assert_int_equal(g.n, 0);
    /* a ministry named with no country (---GOVMIL) speaks for the state
     * it reports on, as "the Russian defence ministry" would: the
     * withdrawal is announced (0356), not done (087) */
    run(state, "Russia will withdraw its soldiers from Syria, the defence "
               "ministry said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "0356");
}

/* "pledged $50 million in aid to victims of the drought in Somalia":
 * aid pledged for a place's people goes to its state (033x), as aid sent
 * does (07x), also after a sum (r12b). */
static void aid_pledged_to_people_in_a_place(void **state)
{
    got g;
    run(state, "Russia pledged aid to victims of the drought in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "033");
    run(state, "Russia pledged $50 million in aid to victims of the drought "
               "in Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "033");
    /* the rebuilding of a place goes to it too, "of" or "in" */
    run(state, "Russia pledged loans for the reconstruction of Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "0331");
    run(state, "Russia pledged loans for reconstruction in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "0331");
    /* (not any work: "the development of" a country may be anyone's) */
    run(state, "Russia pledged loans for the development of Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "agreed to let Norwegian inspectors into": a concession agreed to is
 * conceded (its 08 code); the bare agreement (030) is no second event.
 * An agreement to an act with no 08 entry keeps it (r12b). */
static void agreed_concession_once(void **state)
{
    got g;
    run(state, "Syria agreed to let Turkish inspectors into the country.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "TUR", "0862");
    run(state, "Syria agreed to Turkish demands.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "agree_to", "TUR", "030");
}

/* "lobbied other European governments to back Ukraine's bid": support is
 * rallied on behalf of the one backed (053's target), not of those
 * lobbied in the entry's gap; with no actor after the entry, the gap's
 * (r12b). */
static void lobbied_to_back_another(void **state)
{
    got g;
    run(state, "Sweden lobbied Turkish officials to back Syria's bid.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "rally_support", "SYR", "053");
    run(state, "Sweden lobbied Turkish officials to back the bid.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "rally_support", "TUR", "053");
    /* (its own bid: an appeal for diplomatic support, 022) */
    run(state, "Sweden lobbied Turkish officials to back its bid.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "022");
}

/* "is to visit", "is due to meet": scheduled, not done (intended, as
 * after "will"; a meeting or visit announced for later is an intent to
 * meet, 036); "is expected to attack", "is likely to meet": a
 * forecast, hypothetical, and not a threat (190 kept, not 138). */
static void scheduled_and_expected(void **state)
{
    got g;
    run(state, "Putin is to visit Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");

    run(state, "Putin is due to visit Turkey on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");

    run(state, "Russia is expected to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    assert_string_equal(g.modality[0], "hypothetical");

    /* a meeting forecast is one announced: an intent to meet (036) */
    run(state, "Russia and Sweden are likely to meet on Friday.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, NULL, NULL, "036");
    assert_string_equal(g.modality[0], "intended");
    expect_rel(&g, 1, NULL, NULL, NULL, "036");
    run(state, "Putin is expected to visit Turkey in May.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    /* "X said Y would": the reported "will", a plan announced (a
     * meeting 036); another's attack so reported stays a forecast */
    run(state, "Russia said Sweden would meet Turkey on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Russia said Sweden would attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Sweden would meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    /* (not "unlikely": no meeting) */
    run(state, "Putin is unlikely to visit Turkey in May.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");

    /* done: unchanged */
    run(state, "Putin visited Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Putin will meet with Erdogan next week.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "036");
    assert_string_equal(g.modality[0], "intended");
}

/* "was preparing Sunday to arrive in China", "is also due to visit",
 * "appeared poised to approve": getting ready or scheduled, a date or an
 * adverb between, is not done yet (intended, 036 for a visit); "prepared
 * to visit" without "be" is the verb, and done (xtra17). */
static void readied_and_scheduled_past_a_date(void **state)
{
    got g;
    run(state, "Sweden was preparing Sunday to visit Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Sweden is also due to visit Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "036");
    run(state, "Sweden appeared poised to visit Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "036");
    run(state, "Sweden prepared to visit Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "042");
}

/* "Bush visits Canada next week", "his visit to Moscow later this month":
 * a time to come in the act's own phrase makes it scheduled, not done
 * (intended, 036 for a meeting), as "is due to visit" does; one that
 * dates a later act ("talks with Kohl ahead of her visit to Moscow next
 * week") leaves the earlier one done (prec4). */
static void future_time_scheduled(void **state)
{
    got g;
    run(state, "Putin visits Turkey next week.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Putin visits Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Putin held talks with Erdogan before a visit to Iran next "
               "month.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.modality[0], "asserted");
}

/* "will raise the issue when he visits Washington", "before President
 * Putin meets Erdogan": an act in a clause of a time to come (when,
 * once, before, after, until with a present "-s" verb) is not held yet
 * (intended, 036 for a visit or a meeting); a past one ("when he
 * visited") is the act done (prec18). */
static void future_temporal_clause(void **state)
{
    got g;
    run(state, "Erdogan will raise the issue when he visits Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SWE", "036");
    assert_string_equal(g.modality[0], "intended");
    /* (an organisation in the title before the name) */
    run(state, "The plan will be ready before May 2, when NATO Secretary "
               "General Vladimir Putin visits Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    run(state, "The plan will be announced once President Vladimir Putin "
               "visits Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    run(state, "Erdogan raised the issue when he visited Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SWE", "042");
    assert_string_equal(g.modality[0], "asserted");
}

/* "The party leader visits Leeds, Bristol and Dorset this week", "she
 * had flown home to Germany": a visit to a place of the visitor's own
 * country is travel at home, no visit to another actor (no event code);
 * a visit abroad stays (prec18). */
static void home_visit_is_no_visit(void **state)
{
    got g;
    run(state, "Putin visited Chechnya on Monday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Erdogan arrived in Turkey on Sunday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Putin visited Aleppo on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", NULL, "042");
}

/* "Five public sector unions met Deputy Prime Minister John Prescott":
 * workers and courts named with no country belong to the one country
 * their sentence names, as an opposition does; "foreign workers" do not
 * (prec18). */
static void workers_and_courts_act_at_home(void **state)
{
    got g;
    run(state, "Striking workers met Erdogan on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_LAB", "meet", "person_recep_tayyip_erdogan",
               "040");
    run(state, "A court in Ankara accused Erdogan of fraud.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_JUD", "accuse", "person_recep_tayyip_erdogan",
               "112");
    run(state, "Foreign workers met Erdogan on Monday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---LAB");
}

/* "several thousand protesters besieged parliament" in Kiev: a crowd
 * acting on a parliament or a court is its country's people, as one
 * facing its police is (prec18).  One acting on a government could be
 * abroad (an embassy), but with no other country or place in the
 * sentence it takes the government's country too: ex_sentence_groups
 * (groups18) counts a state body as acting at home.  A place names
 * the crowd's country before that ("Protesters in Jakarta protested
 * against the Turkish government": IDNCVL; merge, eighteenth session). */
static void crowds_at_a_parliament_are_its_people(void **state)
{
    got g;
    run(state, "Protesters protested against the Turkish parliament.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", NULL, "141");
    run(state, "Protesters protested against the Turkish government.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCVL");
}

/* "the government said the move would help police", "the devaluation
 * helped bank profits rise": "help" whose own subject is a thing, a plain
 * noun, is no actor's help (no event code); an actor's help, and a
 * passive's, stay (prec18). */
static void things_that_help_are_no_actors(void **state)
{
    got g;
    run(state, "Sweden said the reform would help Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden's devaluation helped Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden said it would help Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", NULL);
    assert_string_not_equal(g.cameo[0], "");
    run(state, "Sweden helped Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "aid", "TUR", "070");
}

/* "The rise in the number of branches of Japanese banks in London has
 * helped the market's growth": a plural group right before a singular
 * "has", or a plain word before a place's "in", only modifies the
 * subject, a thing (ex_plural_before_has, miss0616); an actor right
 * before "has" keeps its help. */
/* (how many relations of g carry this CAMEO code) */
static int count_help(const got *g, const char *cameo)
{
    size_t k;
    int n = 0;
    for (k = 0; k < g->n; k++)
        n += !strcmp(g->cameo[k], cameo);
    return n;
}

static void things_before_a_place_that_help(void **state)
{
    got g;
    run(state, "The rise in the number of Swedish firms in Turkey has "
               "helped Syria.",
        &g);
    assert_int_equal(count_help(&g, "070"), 0);
    run(state, "Sweden's presence in Turkey has helped Syria.", &g);
    assert_int_equal(count_help(&g, "070"), 0);
    run(state, "Sweden has helped Syria.", &g);
    assert_int_equal(count_help(&g, "070"), 1);
}

/* "I work with him every day", "an aide who worked with the ministers":
 * "work with" in the simple present, past or perfect with no aim named
 * is a job, no event code; the progressive, an infinitive, a modal and
 * an aim after "to" or "on" keep the cooperation (prec18b). */
static void working_with_as_a_job_is_no_event(void **state)
{
    got g;
    run(state, "Sweden works with Turkey every week.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden and Turkey worked together closely in the 1990s.",
        &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden has worked with Turkey for years.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden is working with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "cooperate", "TUR", "050");
    run(state, "Sweden will work with Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.cameo[0], "");
    run(state, "Sweden worked with Turkey to cut the tariffs.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "cooperate", "TUR", "050");
    run(state, "Sweden worked with Turkey on a new missile.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "cooperate", "TUR", "050");
}

/* "Senator Kerry attacked President Bush's economic record" (undated):
 * a title right before a known person of several offices chooses his
 * office of that title's sector, not his latest office; after a
 * country word too ("US Senator John Kerry"); not "former Senator"
 * (prec18). */
static void title_chooses_the_office(void **state)
{
    got g;
    run_dated(state, "Senator Lars Holm accused Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWELEG");
    run_dated(state, "Swedish Senator Lars Holm accused Turkey.", NULL,
              &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWELEG");
    run_dated(state, "Lars Holm accused Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
    run_dated(state, "Former Senator Lars Holm accused Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
}

/* "Senator John Kerry criticised Bush. ... Kerry said": in one story a
 * known person named again with no title keeps the office an earlier
 * mention's title gave him, not his latest; a title of his own there
 * still chooses.  And "Former Swedish Senator Lars Holm" in 2016, when
 * he holds no office, is no senator now: his country only. */
static void office_named_before_holds_in_the_story(void **state)
{
    got g;
    run_dated(state,
              "Senator Lars Holm accused Turkey on Monday.\n\n"
              "Holm also accused Turkey of fraud.",
              NULL, &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.code[0], "SWELEG");
    assert_string_equal(g.code[1], "SWELEG");
    /* (titles of two offices before: which holds is not said, so his
     * latest, as with no title) */
    run_dated(state,
              "Minister Lars Holm spoke in Paris on Monday.\n\n"
              "Senator Lars Holm spoke in Paris on Tuesday.\n\n"
              "Holm accused Turkey of fraud.",
              NULL, &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
    /* ("Tory chairman Liam Fox" in an undated story: a party named in a
     * title of no sector is his post there when no office of his is a
     * party's; the fixture's one party stands in for the Tories) */
    run_dated(state, "Labour Party leader Lars Holm accused Turkey.", NULL,
              &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "GBRGOVPTY");
    run_dated(state, "Labour Party leader Lars Holm accused Turkey.",
              "2012-01-01", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
    run_dated(state, "Former Swedish Senator Lars Holm accused Turkey.",
              "2016-06-20", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWE");
}

/* "Iraqi leaders appealed to NATO", "Taiwan's leader urged China": a
 * state's leaders with no name after them are its government, not the
 * country; a word between names another group ("opposition"). */
static void country_leaders_are_its_government(void **state)
{
    got g;
    run(state, "Swedish leaders accused Turkey of fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
    run(state, "Sweden's leader accused Turkey of fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
    run(state, "Swedish opposition leaders accused Turkey of fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEOPP");
}

/* "Taiwan's leader used his National Day speech Sunday to urge China":
 * a name kg does not know between a possessive pronoun and a lower-case
 * noun is a kind of the owner's thing, no actor; the owner acts. */
static void owned_name_is_no_actor(void **state)
{
    got g;
    run(state,
        "Ali Kaya used his Zorg Day speech on Sunday to accuse Turkey of "
        "fraud.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ali_kaya", NULL, "TUR", "112");
}

/* "Police dispersed Zorgi protesters": a capitalised name kg does not
 * know right before a plural group noun says which of them; the group is
 * the actor, of the country its sentence gives it.  Not a hyphened
 * participle ("Zorgi-led"), nor a singular noun ("the Zorgi union"). */
static void unknown_name_before_group_noun(void **state)
{
    got g;
    run(state, "Police in Sweden captured Zorgi protesters in Stockholm.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_COP", NULL, "SWE_CVL", "173");
    run(state, "Swedish police captured Zorgi protesters near the border.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_COP", NULL, "SWE_CVL", "173");
    run(state, "Police in Sweden captured Zorgi-led protesters in Stockholm.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.obj[0], "SWE_CVL");
    run(state, "Sweden accused the Zorgi union of fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.obj[0], "x_zorgi");
}

/* "Thailand to prosecute 300 Muslims": a community of no country of its
 * own (organizations.tsv code ---CVL) takes the one country its sentence
 * names, as an unnamed group does; with none it stays ---CVL. */
static void community_takes_sentence_country(void **state)
{
    got g;
    run(state, "Police in Sweden detained 300 Zorgians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_COP", NULL, "SWE_CVL", "173");
}

/* "Workers at South Korea's largest automaker Hyundai Motor will go on
 * strike": a firm described after "at" and a country's possessive is the
 * workplace; the workers before "at" act. */
static void workers_at_described_firm(void **state)
{
    got g;
    run(state,
        "Workers at Sweden's largest carmaker Zorg Motors went on strike "
        "against the government.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWELAB");
}

/* "Ministry of Finance officials said", "The Ministry of Trade has urged":
 * a short "Ministry of X" is a ministry, its state's GOV, no person. */
static void short_ministry_of_is_no_person(void **state)
{
    got g;
    run(state, "The Ministry of Trade in Sweden accused Turkey of fraud.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEGOV");
}

/* "let foreign troops into East Timor", "seeking injunctions in foreign
 * courts": a group named by a bare noun after "foreign" or
 * "international" comes from abroad and takes no country of its
 * sentence; one named with its country keeps it. */
static void foreign_group_takes_no_local_country(void **state)
{
    got g;
    size_t k;
    run(state, "Police in Sweden captured foreign protesters in Stockholm.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "SWE_CVL");
    run(state, "Police in Sweden captured protesters in Stockholm.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_COP", NULL, "SWE_CVL", "173");
}

/* "the West Ham result", "traders returned from West Africa": a bloc
 * named by one capitalised word before another capitalised word is part
 * of a longer name, not the bloc; "accused the West" stays (prec18). */
static void bloc_word_inside_a_name(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden accused the West of fraud.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "WEST", "112");
    run(state, "Sweden accused West Ham of fraud.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "WEST");
    run(state, "Sweden accused West Africa of fraud.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "WEST");
}

/* "is considering Italian acquisitions", "acknowledged the U.S. trade
 * deficit": a nationality that modifies the topic weighed or admitted
 * (014, 015) names no party; an act of the one named ("the Italian
 * proposal") and the country itself stay (prec4). */
static void topic_modifier_is_no_party(void **state)
{
    got g;
    run(state, "The company is considering Turkish acquisitions.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden is considering the Turkish proposal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "consider", "TUR", "014");
}

/* "plans now under discussion for Venezuela and Mexico to lend Ecuador
 * crude", "Ideas being considered included blocking": an act that plans
 * or ideas weighed put forward is not done (kept without an event code);
 * a later clause's "under consideration" leaves the act alone (prec4). */
static void weighed_plans_are_not_done(void **state)
{
    got g;
    run(state, "Plans under discussion for Sweden to visit Turkey were "
               "announced.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden visited Turkey, while a bill was under "
               "consideration.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "042");
}

/* "similar to the cash offered Central America after Hurricane Mitch",
 * "a deal similar to one between Iran and China": an act named to
 * compare with is another, earlier one (kept without an event code);
 * the act before the comparison stays (prec4). */
static void compared_act_is_not_the_news(void **state)
{
    got g;
    run(state, "The sum is similar to the cash Turkey offered Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "");
    run(state, "Turkey offered Syria cash, similar to past sums.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "030");
}

/* "opposed the idea of seeking Nakasone's help", "the rationale for
 * invading Iraq": a gerund after a noun of argument is the act argued
 * over; "it would be foolish for Japan to strike back": an infinitive
 * with a "for" subject is weighed; so is a gerund a verb of advocacy
 * takes ("support inviting").  All kept without an event code;
 * "called for Sweden to ..." is an appeal's, left alone (xtra17). */
static void argued_and_weighed_acts(void **state)
{
    got g;
    run(state, "Sweden rejected the idea of attacking Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "");
    run(state, "It would be foolish for Sweden to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "");
    /* ("both support inviting", "proposed lifting restrictions on") */
    run(state, "Sweden supports attacking Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "");
    run(state, "Sweden attacked Turkey.", &g);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "190");
}

/* "Any Iranian attack on Soviet ships will bring a response", "the risk
 * of Iranian attack on U.S. warships": an act "any" picks, or one at
 * risk past the noun's owner, is not done (kept without an event code);
 * "the Swedish visit" stays (xtra17). */
static void any_or_risked_act_past_its_owner(void **state)
{
    got g;
    run(state, "Any Swedish visit to Turkey would be welcome.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "");
    run(state, "The risk of a Swedish visit to Turkey is low.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "");
    run(state, "The Swedish visit to Turkey went well.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "042");
}

/* An act owed ("will have to", "needs to") or awaited by an "until"
 * clause is not done: hypothetical, as after "must"; "had to" and an
 * "until" clause in the past tense tell one done. */
static void owed_and_awaited_acts(void **state)
{
    got g;
    run(state, "Turkey will have to visit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "042");
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "Israel needs to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "Greece will wait until Turkey visits Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "042");
    assert_string_equal(g.modality[0], "hypothetical");

    /* done: unchanged */
    run(state, "Israel had to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "asserted");

    run(state, "Greece waited until Turkey visited Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "asserted");
}

/* "gives domestic companies until late September to cut trade ties",
 * "give the banks more time to consider": an act a deadline or time is
 * given for is owed, not done (hypothetical); "gave Turkey weapons to
 * attack Syria" is not read so (xtra17). */
static void act_given_time_is_owed(void **state)
{
    got g;
    run(state, "Sweden gave Turkey more time to visit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "042");
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Sweden gave Turkey weapons to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[1], "asserted");
}

/* "Israel should withdraw from Gaza and release prisoners": the verb
 * after "and" shares the first one's modal however far back it stands;
 * a past-tense verb after "and" is a predicate of its own. */
static void modal_shared_by_joined_verb(void **state)
{
    got g;
    int seen = 0;
    run(state, "Russia should withdraw its forces from the border areas "
               "and attack Syria.", &g);
    for (size_t k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "190")) {
            assert_string_equal(g.modality[k], "hypothetical");
            seen = 1;
        }
    assert_true(seen);
    run(state, "Russia could not wait any longer and attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "asserted");
    /* a negation before the first verb denies the one after "or" too, as
     * "Russia will not attack Syria" does */
    /* an act after "without" is one not done */
    run(state, "Russia cut taxes without asking Syria to pay.", &g);
    seen = 0;
    for (size_t k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "020")) {
            assert_true(g.negated[k]);
            seen = 1;
        }
    assert_true(seen);
    run(state, "Russia will not withdraw its forces from the border areas "
               "or attack Syria.", &g);
    seen = 0;
    for (size_t k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack")) {
            assert_true(g.negated[k]);
            assert_string_equal(g.modality[k], "intended");
            seen = 1;
        }
    assert_true(seen);
}

/* A headline's "X to <act>" drops the copula of "X is to <act>": the act
 * is announced, not done (intended, so 0841 release -> 0353, 074 -> 0334). */
static void headline_to_intended(void **state)
{
    got g;
    run(state, "Russia to send aid to Turkey, ministry says", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "033");
    assert_string_equal(g.modality[0], "intended");

    run(state, "The United Kingdom to send aid to Turkey", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR", NULL, "TUR", "033");
    assert_string_equal(g.modality[0], "intended");

    /* "to" after a verb: unchanged */
    run(state, "Russia sent aid to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "070");
    assert_string_equal(g.modality[0], "asserted");
}

/* "chained captured UN peacekeepers", "said detained sailors were well":
 * an -ed word right after a past verb, a verb an act was read from or
 * "said", before a bare noun phrase, is an adjective: no act of its own
 * (the main clause's subject did not capture or detain them here). */
static void participle_adjective_after_a_verb(void **state)
{
    got g;
    run(state, "Russia chained captured Turkish soldiers to bridges.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia said detained Turkish soldiers were well.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia attacked detained Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "190");
    /* the verb itself: unchanged */
    run(state, "Russia detained Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "173");
}

/* "halted food deliveries to parts of northern Ethiopia", "aid to areas
 * of Sudan": a part of a country named after the entry's preposition is
 * the country. */
static void parts_of_a_country(void **state)
{
    got g;
    run(state, "Russia sent aid to parts of Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "070");
    run(state, "Russia sent aid to areas of northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "070");
}

/* "television host Dick Clark", "hosted the Tonight Show": a presenter,
 * no 043 (CAMEO's hosting needs a guest); a state hosting a leader keeps
 * it. */
static void host_presenter_no_visit(void **state)
{
    got g;
    run(state, "Erdogan will host a television show in Ankara.", &g);
    assert_int_equal(g.n, 0);

    run(state, "Turkish television host Erdogan praised Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL,
               "person_vladimir_putin", "051");

    run(state, "Turkey hosted Putin in Ankara.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "host", "person_vladimir_putin", "043");
    expect_rel(&g, 1, "person_vladimir_putin", "visit", "TUR", "042");
}

/* "Toshiba has supplied equipment to British makers", "the state bank
 * lent the oil company $6bn": a firm's sale and a loan between firms are
 * business, no trade (061) nor aid (071), and a choice a firm weighs no
 * policy option (014); a state's sale, a firm's loan
 * to a state and a joint venture of firms stay (ex_firms_business). */
static void firms_business_is_no_act(void **state)
{
    got g;
    run(state, "Zorg Motors sells trucks to Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden sells trucks to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");

    run(state, "Brenner Bank loaned 200 million dollars to Zorg Motors.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Brenner Bank loaned 200 million dollars to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BRENNER_BANK", "aid_economic", "TUR", "071");

    /* a firm's loans told as a figure are its book, no aid given */
    run(state, "Brenner Bank's loans to Turkey totaled 200 million dollars.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Brenner Bank has loans outstanding to Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Brenner Bank announced a new loan to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BRENNER_BANK", "aid_economic", "TUR", "071");

    /* a choice a firm weighs is no policy option (014) */
    run(state, "Zorg Motors is considering the Brenner Bank offer.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden is considering the Turkish offer.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "consider", "TUR", "014");

    run(state, "Zorg Motors formed a joint venture with Brenner Bank.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "ZORG_MOTORS", "cooperate_economically",
               "BRENNER_BANK", "061");
}

/* "the premier will visit Moscow for talks with the president", "the
 * minister's Moscow talks with his host": the place visited, or the
 * host's capital before the meeting noun, is where the talks are held,
 * no party to them (ex_venue_as_party); a host capital with a foreign
 * guest stays one. */
/* "the defence minister said that the country's warships destroyed the
 * platform": a state saying that its own forces did harm reports the
 * act, no accusation of itself (ex_own_side_said); saying so of
 * another's forces still accuses them. */
static void own_side_said_is_no_accusation(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey said that Turkish troops attacked Syria.", &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "112");
    run(state, "Sweden said that Turkish troops attacked Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "accuse", "TUR", "112");
}

/* Is there an event from subj to obj among g's? */
static int has_pair(const got *g, const char *subj, const char *obj)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        if (!strcmp(g->subj[k], subj) && !strcmp(g->obj[k], obj))
            return 1;
    return 0;
}

/* "insurers put their funds into the U.S., but will now invest in
 * Britain", "criticised Japan but did not name China": "did", "not" and
 * adverbs of time between "but" and the verb keep the first verb's
 * subject (ex_and_verb), not the object nearest before. */
static void but_now_keeps_the_subject(void **state)
{
    got g;
    run(state, "Sweden sent troops into Turkey, but will now praise Syria.",
        &g);
    assert_false(has_pair(&g, "TUR", "SYR"));
    assert_true(has_pair(&g, "SWE", "SYR"));
}

/* Is subj the subject of one of g's events? */
static int has_subject(const got *g, const char *subj)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        if (!strcmp(g->subj[k], subj))
            return 1;
    return 0;
}

static void venue_is_no_party(void **state)
{
    got g;
    run(state, "Erdogan will visit Moscow next week for talks with Putin.",
        &g);
    assert_false(has_pair(&g, "RUS", "person_vladimir_putin"));
    run(state, "Erdogan leaves for Moscow on Monday for talks with Putin.",
        &g);
    assert_false(has_pair(&g, "RUS", "person_vladimir_putin"));
    run(state, "Erdogan's Moscow talks with Putin were useful.", &g);
    assert_false(has_pair(&g, "RUS", "person_vladimir_putin"));
    run(state, "Officials praised the Ankara talks with Putin.", &g);
    assert_true(has_pair(&g, "TUR", "person_vladimir_putin"));
    /* a town that names a meeting is its venue (ex_place_names_meeting) */
    run(state, "Erdogan will hold a meeting with Putin and the Aleppo "
               "peace conference.",
        &g);
    assert_false(has_pair(&g, "person_recep_tayyip_erdogan",
                          "place_syr_aleppo"));
    assert_false(has_pair(&g, "place_syr_aleppo", "person_vladimir_putin"));
}

/* "a California-based company", "its operations east of Basra": a town
 * joined to "-based" or after "east of" only locates the subject
 * (ex_place_modifies_subject). */
static void place_locating_subject_is_no_actor(void **state)
{
    got g;
    run(state, "An Alaska-based company criticised Russia.", &g);
    assert_false(has_subject(&g, "place_usa_alaska"));
    run(state, "Turkey continued its operations east of Aleppo to attack "
               "Syria.",
        &g);
    assert_false(has_subject(&g, "place_syr_aleppo"));
}

/* "the exchange held talks with its German rival": talks, meetings and
 * backing between two firms are business (ex_firms_dealings); a signed
 * accord and a state's talks with a firm stay. */
static void firms_talks_are_business(void **state)
{
    got g;
    run(state, "Zorg Motors held talks with Brenner Bank on Monday.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Zorg Motors will meet Brenner Bank next week.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Zorg Motors is allied with Brenner Bank.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Zorg Motors signed an agreement with Brenner Bank.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ZORG_MOTORS", NULL, "BRENNER_BANK", "057");
    run(state, "Turkey held talks with Brenner Bank on Monday.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", NULL, "BRENNER_BANK", "046");
}

/* "Sweden said it and Turkey signed an accord": a speaker naming itself
 * as "it" beside a partner is one of the coordinated subjects of what it
 * reports (ex_speaker_and_it); each then acts with the other. */
static void speaker_and_it_are_coordinated(void **state)
{
    got g;
    run(state, "Zorg Motors said it and Brenner Bank signed an agreement.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "BRENNER_BANK", NULL, "ZORG_MOTORS", "057");
    expect_rel(&g, 1, "ZORG_MOTORS", NULL, "BRENNER_BANK", "057");

    run(state, "Sweden said that it and Turkey have agreed to pool their "
               "research.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "030");
    expect_rel(&g, 1, "SWE", NULL, "TUR", "030");

    /* what both do to no one else is no act on each other */
    run(state, "Sweden said it and Turkey oppose the plan.", &g);
    assert_int_equal(g.n, 0);
    /* a pronoun not after the speaker's speech verb is left alone */
    run(state, "Sweden denied it and Turkey signed an accord.", &g);
    assert_int_equal(g.n, 0);
}

/* "Prime Ministers Li of Syria and Vallas of Turkey signed an accord": a
 * person named with "of" and a country is one member of the list of
 * subjects, also as its last member (ex_coordinated_after). */
static void person_of_country_is_a_member(void **state)
{
    got g;
    run(state, "Sweden and Jorma Vallas of Turkey signed an agreement.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "057");
    expect_rel(&g, 1, "SWE", NULL, "TUR", "057");
    /* (a country after "of" and no person is no member of its own) */
    run(state, "Sweden and the north of Turkey signed an agreement.", &g);
    assert_true(g.n == 0 || strcmp(g.subj[0], "TUR") != 0);
}

/* "By signing the treaty on Friday, the foreign ministers of Sweden,
 * Turkey and Syria ended": an -ing clause that opens the sentence has
 * every member of the main clause's list of subjects as its subject, also
 * when a plural noun of officials and "of" name them (ex_opener_subject,
 * ex_list_last, ex_officials_of). */
static void opening_act_of_a_listed_subject(void **state)
{
    got g;
    run(state, "Signing the agreement in Ankara, Sweden and Turkey "
               "praised the talks.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "057");
    expect_rel(&g, 1, "SWE", NULL, "TUR", "057");
    run(state, "By signing the agreement on Friday, the foreign ministers of "
               "Sweden, Turkey and Syria have settled the matter.",
        &g);
    assert_int_equal(g.n, 6);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "057");
    expect_rel(&g, 5, "SWE", NULL, "TUR", "057");
    /* (a lone subject signs with no one) */
    run(state, "By signing the agreement on Friday, Sweden has settled the "
               "matter.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Sweden and Turkey clashed over fishing quotas": a clash over an issue,
 * in a sentence that tells no violence, is a quarrel in words, each
 * side's criticism of the other (ex_verbal_quarrel); a clash over the
 * weekend, or with arms, stays a fight. */
static void clash_over_an_issue_is_a_quarrel(void **state)
{
    got g;
    run(state, "Sweden and Turkey have clashed over fishing quotas.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "111");
    expect_rel(&g, 1, "SWE", NULL, "TUR", "111");
    run(state, "Sweden and Turkey clashed over the weekend.", &g);
    assert_true(g.n == 0 || strcmp(g.cameo[0], "111") != 0);
    run(state, "Sweden and Turkey clashed over the border, killing ten "
               "soldiers.",
        &g);
    assert_true(g.n == 0 || strcmp(g.cameo[0], "111") != 0);
}

/* "Sweden wishes to sign an agreement with Turkey": an accord wished for
 * is an intent, one thought possible ("able to sign") no event; one
 * signed stays 057 (ex_accord_wished). */
static void accord_wished_is_not_made(void **state)
{
    got g;
    run(state, "Sweden wishes to sign an agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
    assert_true(strcmp(g.cameo[0], "057") != 0);
    run(state, "Sweden may be able to sign an agreement with Turkey.", &g);
    assert_true(g.n == 0 || strcmp(g.modality[0], "asserted") != 0);
    run(state, "Sweden signed an agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "057");
    assert_string_equal(g.modality[0], "asserted");
}

/* "The accord was signed here yesterday by Sweden and senior Turkish
 * officials": the agents of a passive signing named after a place word
 * and a date, the second after a describing word, signed with each
 * other (ex_passive_objects). */
static void passive_signing_after_place_and_date(void **state)
{
    got g;
    run(state, "The agreement was signed here yesterday by Sweden and "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "057");
    expect_rel(&g, 1, "TUR", NULL, "SWE", "057");
    run(state, "The agreement was signed by Sweden and senior Turkish "
               "officials.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", NULL, NULL, "057");
}

/* "An agreement between Sweden and Turkey could be signed next week": an
 * accord between two parties whose signing is told after the noun with
 * a modal is not made yet (ex_accord_to_come); one signed stays. */
static void accord_between_to_come(void **state)
{
    got g;
    size_t k;
    run(state, "An agreement between Sweden and Turkey could be signed "
               "next week.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.modality[k], "hypothetical");
    run(state, "An agreement between Sweden and Turkey will be signed "
               "next week.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.modality[k], "intended");
    run(state, "An agreement between Sweden and Turkey was signed on "
               "Monday.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "asserted");
    expect_rel(&g, 0, NULL, NULL, NULL, "057");
}

/* "the London market", "the Moscow exchange": a capital before a noun
 * of markets names where they trade: the country's business sector
 * (GBRBUS), not its government; a capital on its own still is (GBRGOV);
 * so is each capital of a list before the noun. */
static void capital_market_not_government(void **state)
{
    got g;
    run(state, "Sweden held talks with the London market.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", NULL, "GBR_BUS", "046");
    expect_rel(&g, 1, "GBR_BUS", NULL, "SWE", "046");

    run(state, "London condemned Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR", NULL, "SWE", "111");

    /* each capital of a list before the noun ("the Paris, Amsterdam and
     * Lisbon stock exchanges") is a market's place too */
    run(state, "Sweden held talks with the Paris, Ankara and London "
               "markets.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.obj[k], "FRA") || !strcmp(g.subj[k], "FRA"));
    assert_true(has_pair(&g, "SWE", "FRA_BUS"));
}

/* "the Uruguay Round", "the Uruguay trade round": a country before
 * "round" names a round of trade talks, no party (ex_place_in_name). */
static void trade_round_is_no_country(void **state)
{
    got g;
    size_t k;
    run(state, "Russia condemned the Chile Round of trade talks.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "CHL");
    run(state, "Russia condemned the Chile trade round.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "CHL");
    run(state, "Russia condemned Chile in the second round of talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "CHL", "111");
}

/* "a Moscow court", "Ankara police": a capital before a noun of courts or
 * police is the state's judiciary or police (RUSJUD, TURCOP), as "a
 * Russian court" is, not a court of no country (---JUD). */
static void capital_court_is_the_judiciary(void **state)
{
    got g;
    run(state, "A Moscow court detained the Syrian journalist.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_JUD", "arrest", NULL, "173");
    assert_string_equal(g.code[0], "RUSJUD");

    run(state, "Ankara police detained two Syrians.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCOP");
}

/* "warned Erdogan that the deal could fail": a warning of a risk, no
 * threat but a pessimistic comment (012); "warned Turkey that it will respond",
 * "warned Syria it could face isolation", "that it could leave", "that a
 * curfew could be imposed" stay threats (130). */
static void warning_of_risk_is_no_threat(void **state)
{
    got g;
    run(state, "Putin warned Erdogan that the deal could fail.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "warn",
               "person_recep_tayyip_erdogan", "012"); /* pessimism */
    /* (the dangers or risks of something warned about: a risk too) */
    {
        static const char *const dangers[] = {
            "Putin warned Erdogan about the dangers of disunity.",
            "Putin warned Erdogan of the risks of the deal.", NULL};
        size_t d;
        for (d = 0; dangers[d]; d++) {
            run(state, dangers[d], &g);
            assert_int_equal(g.n, 1);
            expect_rel(&g, 0, "person_vladimir_putin", "warn",
                       "person_recep_tayyip_erdogan", "012");
        }
    }
    /* ("unlikely" too; with no one warned: the clause's other country) */
    run(state, "Turkey warned that ties with Syria were unlikely to "
               "improve.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "warn", "SYR", "012");

    run(state, "Russia warned Turkey that it will respond.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "130");

    run(state, "Russia warned Syria it could face isolation.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "130");

    /* the warner's own act, an act done to the one warned */
    run(state, "Russia warned Syria that it could leave.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "130");
    run(state, "Russia warned Syria that a curfew could be imposed.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "130");
    /* (an irregular participle after "be" is an act done too) */
    run(state, "Russia warned Syria that its aid could be cut off.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "130");
    /* the warner's own forces may do what the lexicon has no entry for:
     * a threat to the clause's other country, not pessimism */
    run(state, "Russia warned that its troops could re-enter Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "threaten", "SYR", "130");
    run(state, "Russia warned on Friday that the army could re-enter Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "threaten", "SYR", "130");
    /* (another country's forces, or one's profits: a risk still) */
    /* (so may the warner's own state or the warner himself) */
    run(state, "The Russian government warned that Moscow could re-enter "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "threaten", "SYR", "130");
    run(state, "Russia's president warned that he could re-enter Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "130");
    run(state, "Russia warned that Turkish troops could re-enter Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "warn", NULL, "012");
    run(state, "Russia warned that its economy could shrink because of "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "warn", "SYR", "012");
    /* a plain warning with no one warned: the warner's own act threatens
     * the clause's other country; what others may do is no threat */
    run(state, "Russia warned on Friday that it would respond if Syria "
               "kept drilling.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "threaten", "SYR", "130");
    run(state, "Russia warned that the Syrian deficit would hamper growth.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "demanded that Turkey lift sanctions", "insisted that Turkey lift": a
 * "that" clause with the bare verb asks for the act as "to" does (10x,
 * 02x refined by the act, which is kept without a code); "insisted that
 * Turkey lifted" reports a fact instead. */
static void that_clause_demands(void **state)
{
    got g;
    run(state, "Sweden demanded that Turkey lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden insisted that Turkey give weapons to Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1032");
    assert_string_equal(g.modality[1], "demanded");

    /* "urged that": an appeal */
    run(state, "Sweden urged that Turkey hold talks with Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");

    run(state, "Sweden insisted that Turkey lifted sanctions on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "SYR", NULL);
}

/* "insisted that Washington do its share", "insisted that other EU
 * states lift sanctions": "be" and "do" after the clause's actor are the
 * subjunctive ("does" states a fact), and "other" or a group noun
 * ("states", "partners") leaves the actor the one asked; the asked act is
 * demanded, not done (was nothing, or an asserted lifting). */
static void that_clause_do_and_groups(void **state)
{
    got g;
    run(state, "Sweden insisted that Turkey do more for Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");

    run(state, "Sweden insisted that Turkey does more for Syria.", &g);
    assert_int_equal(g.n, 0);

    run(state, "Sweden insisted that other EU states lift sanctions on Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "EU", "1054");
    expect_rel(&g, 1, "EU", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden insisted that other EU states share the burden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "EU", "100");
}

/* "Ankara handed a strongly worded note to the Greek embassy": "hand"
 * lends its subject to the event noun after it as "send" does (a
 * diplomatic or protest note is an official complaint, 114; was nothing). */
static void handed_a_protest_note(void **state)
{
    got g;
    run(state, "Sweden handed a protest note to Turkey over the incident.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "complain", "TUR", "114");

    run(state, "Sweden sent a diplomatic note to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "complain", "TUR", "114");
}

/* "Britain demanded on Friday that Iran free the sailors": a date
 * between the asking verb and "that" leaves the clause a demand (the
 * freeing was an asserted 0841 and the demand a bare 100), and "late on
 * Monday", "early Friday" are dates as "on Monday" is (was nothing). */
static void demanded_on_a_day_that(void **state)
{
    got g;
    run(state, "Sweden demanded on Friday that Turkey lift sanctions on Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state,
        "Sweden demanded late on Monday that Turkey lift sanctions on Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden urged early Friday that Turkey hold talks with Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
    assert_string_equal(g.modality[1], "demanded");
}

/* "Britain told Iraq on Friday to free the hostages": a date between
 * the one asked and "to" leaves the infinitive the act asked for, as
 * without it (was no demand, and the freeing went to nobody). */
static void told_on_a_day_to(void **state)
{
    got g;
    run(state, "Sweden told Turkey on Friday to lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state,
        "Sweden ordered Turkey late on Monday to supply weapons to Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1032");
    expect_rel(&g, 1, "TUR", "supply", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    /* (the attack was an asserted 190) */
    run(state, "Sweden pressed Turkey on Tuesday to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "101");
    expect_rel(&g, 1, "TUR", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");
}

/* "Washington pressed Cairo to open up": CAMEO's verb dictionary files
 * PRESS in its DEMAND block (100), so "pressed X to" and "pressed for X
 * to" are demands (10), as "told X to" is (were appeals, 02; the
 * fixture lexicon has no "press" row: the asking verb's family codes). */
static void pressed_is_a_demand(void **state)
{
    got g;
    run(state, "Sweden pressed Turkey to lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden pressed for Turkey to hold talks with Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "106");
    assert_string_equal(g.modality[1], "demanded");
}

/* "Thousands of Pakistanis held anti-American protests": an "anti-"
 * word that names an actor inside or right before the protest names its
 * target (was the protesters' own state, or nothing here). */
static void anti_actor_protest_target(void **state)
{
    got g;
    run(state, "Swedish students held anti-Turkish protests.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "protest", "TUR", "141");

    run(state, "Swedish students staged an anti-Turkish protest in Stockholm.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "protest", "TUR", "141");

    /* the protest noun after the verb's "in" (was SYRGOV, the place's) */
    run(state, "Protesters rallied in an anti-Turkish protest in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
}

/* "Farmers blocked roads across France": farmers named with no country
 * take the country of the place they protest in, as protesters do (was
 * no relation: a farmer was no civil protester), "throughout" too (was
 * ---CVL). */
static void farmers_across_a_country(void **state)
{
    got g;
    run(state, "Farmers blocked roads across Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", NULL, "144");
    assert_string_equal(g.code[0], "SWEAGR");

    run(state, "Protesters blocked roads throughout Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWECVL");

    /* the place before the verb, as "in" is (wire copy: "Dock workers
     * across Australia walked off the job"; was no relation) */
    run(state, "Workers across Sweden blocked roads on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_LAB", "protest", "SWE", "144");
    assert_string_equal(g.code[0], "SWELAB");
}

/* "staged fresh protests yesterday in the southern state of Rio Grande do
 * Sul and three people died": a state named for a place is a part of a
 * country, no government (was a mention of it, which ended the
 * protest's where), and a clause after "and" that names no one else
 * leaves the protest aimed at the protesters' own state (was none). */
static void protest_in_a_state_of_a_country(void **state)
{
    got g;
    run(state, "American farmers blocked roads in the northern state of "
               "Alaska and three people died.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "USA_AGR", "protest", "USA", "144");

    /* (another actor after "and" is no own state's) */
    run(state, "American farmers blocked roads in Alaska and Russia "
               "protested.",
        &g);
    assert_true(g.n == 0 || strcmp(g.obj[0], "USA") != 0);
}

/* "hundreds of workers had been on strike in Belgrade": "be on strike"
 * (the lexicon's surface forms; an auxiliary may open that trigger) is a
 * strike, aimed at the workers' own state when no one is named, as "went
 * on strike" is (was no relation). */
static void workers_on_strike(void **state)
{
    got g;
    run(state, "Hundreds of Swedish workers had been on strike.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_LAB", "protest", "SWE", "143");

    run(state, "Swedish workers were on strike against Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_LAB", "protest", "TUR", "143");
}

/* 'Sudan has condemned as "unfair" a new UN resolution': an act judged
 * past the word of its time ("a new", "the latest") is its maker's, as
 * "the UN resolution" is (was no relation), and a quoted verdict after
 * "as" is skipped as a bare one is (was no relation). */
static void new_acts_judged(void **state)
{
    got g;
    run(state, "Sweden condemned a new Turkey resolution.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");

    run(state, "Sweden condemned as \"unfair\" the latest Turkey law.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
}

/* "talks between Darfur rebels and the Sudanese Government resumed after
 * a boycott by rebels who accused Khartoum": bare rebels after ones of
 * one country in the sentence are those (was ---REB). */
static void rebels_named_again(void **state)
{
    got g;
    run(state, "Talks between Chechen rebels and Russia resumed after "
               "rebels accused Sweden.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, NULL, "accuse", "SWE", "112");
    assert_string_equal(g.code[g.n - 1], "RUSREB");
}

/* "committees investigating the Iran arms scandal": a country's name
 * before what is looked into says what it is about, no party
 * investigated (was IRN); a demonym names an owner. */
static void investigated_topic_named_for_a_place(void **state)
{
    got g;
    run(state, "Swedish committees investigated the Turkey arms scandal.",
        &g);
    assert_int_equal(g.n, 0);

    run(state, "Sweden investigated the Turkish arms sales.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "investigate", "TUR", "090");

    /* (a place of the investigator's own country before the event is
     * where: "an inquiry into the Beslan school hostage massacre"; was
     * RUS -> RUS) */
    run(state, "Russia opened an investigation into the Chechnya "
               "massacre.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Washington announced plans last week to slap tariffs on Japanese
 * goods": a sanction the state plans, announces or promises, with no
 * condition, is the act (163; was a threat, 1312), as "said it would
 * impose" is; with a condition it stays a threat. */
static void sanction_plans_announced(void **state)
{
    got g;
    run(state, "Sweden announced plans to impose sanctions on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");

    /* (the state's own plan, with no condition, is the decision as
     * well: rnprec's reading, the eleventh session's recorded choice for
     * cuts a state says it will make) */
    run(state, "Sweden plans to impose sanctions on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");
    /* an intention it announces too: "Reagan announced he intended to
     * raise tariffs ... on Japanese electronic goods" */
    run(state, "Sweden said it intended to impose sanctions on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");
    run(state, "Sweden intends to impose sanctions on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");
    /* a condition keeps it a threat */
    run(state, "Sweden plans to impose sanctions on Turkey if Turkey "
               "attacks Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "1312");
}

/* "Supporters of ousted President Jean-Bertrand Aristide took to the
 * streets": a title the leader's mention left out (a word before it)
 * still makes his supporters a crowd of his country (was the leader
 * himself, against his own state: no relation). */
static void supporters_of_a_titled_leader(void **state)
{
    got g;
    run_dated(state, "Supporters of ousted Prime Minister Recep Tayyip "
                     "Erdogan took to the streets.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", "141");
    /* (a title at token 2, opening the sentence after "Supporters of":
     * the title loop started at token 3, so none was found) */
    run_dated(state, "Supporters of Prime Minister Recep Tayyip Erdogan "
                     "took to the streets.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", "141");
    run_dated(state, "Supporters of President Recep Tayyip Erdogan took "
                     "to the streets.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", "141");
}

/* "Followers of radical Shiite cleric Muqtada al-Sadr said Saturday
 * they will begin handing weapons over": words that tell who the leader
 * is (up to three) stand between "of" and the name, and the backers
 * speak of themselves as "they" after the speech verb (a crowd of the
 * leader's country, not the leader); "he" stays the leader. */
static void supporters_say_they(void **state)
{
    got g;
    run_dated(state, "Supporters of hardline Kurdish politician Recep "
                     "Tayyip Erdogan accused Sweden.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCVL");
    run_dated(state, "Supporters of Prime Minister Recep Tayyip Erdogan "
                     "said on Monday they accused Sweden.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCVL");
    expect_rel(&g, 0, NULL, NULL, "SWE", "112");
    run_dated(state, "Supporters of Prime Minister Recep Tayyip Erdogan "
                     "said he accused Sweden.",
              "2010-05-12", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
}

/* "Supporters of Ivory Coast's President Laurent Gbagbo criticized",
 * "supporters of a sacked Afghan governor clashed with": an office named
 * by its country and title (the name after it, or an article before it)
 * is a leader whose supporters are a crowd of his country (extra18; was
 * the office itself, TURGOV). */
static void supporters_of_an_office(void **state)
{
    got g;
    run(state, "Supporters of Turkey's President Ali Kaya accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCVL");
    expect_rel(&g, 0, NULL, NULL, "SWE", "112");
    run(state, "Supporters of a sacked Turkish minister accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURCVL");
    run(state, "Turkey's President Ali Kaya accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
}

/* "would flatly reject proposed reforms of the European Community": a
 * minister's warning that his own country would refuse announces the
 * refusal, as "said it would" does (was hypothetical, no event). */
static void refusals_warned_of(void **state)
{
    got g;
    run(state, "Turkish minister Ali Veli warned that Turkey would reject "
               "the offer of Russia.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "RUS", "120");
    assert_string_equal(g.modality[0], "intended");
}

/* "rallied in Cairo in support of the Palestinians": a demonstration in
 * support of an actor is no protest against the place's rulers (was SYR
 * protest 141 at Aleppo here) but support for that actor (053); without
 * it the place is still the target. */
static void rally_in_support_of(void **state)
{
    got g;
    run(state, "Protesters rallied in Aleppo in support of Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "rally_support", "TUR", "053");

    run(state, "Swedish students demonstrated in solidarity with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "rally_support", "TUR", "053");

    run(state, "Protesters rallied in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", NULL, "141");
}

/* "rejected an offer of talks with the United States": "with" names the
 * talks' other party, the rejection's object when the offer's maker is
 * not named (the lexicon's "reject * offer of * talk" takes "with" now,
 * as the fixture's copy does); a maker in the gap ("a Russian offer of
 * talks with") is still the one turned down. */
static void offer_of_talks_with(void **state)
{
    got g;
    run(state, "Sweden rejected an offer of talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "125");

    run(state, "Sweden rejected a Russian offer of talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "RUS", "125");
}

/* "Iran offered talks with the United States", "accepted a ceasefire
 * with", "said it was ready to accept a ceasefire with": wire copy's offer
 * names the talks' party after "with" (was a meeting held, 040), and an
 * accepted ceasefire is one agreed to (0871), only intended when the
 * actor is ready to accept it (0356, intent to de-escalate). */
static void offer_talks_accept_ceasefire(void **state)
{
    got g;
    run(state, "Russia offered talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge_meet", "TUR", "036");

    run(state, "Syria accepted a ceasefire with Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ceasefire", "ISR", "0871");

    run(state, "Syria said it was ready to accept a ceasefire with Israel.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ceasefire", "ISR", "0356");
    assert_string_equal(g.modality[0], "intended");
}

/* "agreed in principle to meet", "agreed in principle to hold talks
 * with": wire copy's agreement in principle is a promise, not the act
 * (036 intended; was the meeting held, 040/046, asserted). */
static void agreed_in_principle_is_intent(void **state)
{
    got g;
    run(state, "Russia agreed in principle to meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
}

/* "Protests by students against Israel", "Attacks by rebels on": a
 * plural -s trigger with an agent after "by" is the noun (was read as the
 * verb, with no subject: nothing); "Police halted a march by 5,000
 * farmers": a noun whose "by" names who is theirs, not the verb's
 * subject's (was "Police protest 5,000 farmers"). */
static void noun_act_by_its_agent(void **state)
{
    got g;
    run(state, "Visits by Erdogan to Sweden continued.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SWE", "042");

    run(state, "Police stopped a protest by 5,000 refugees.", &g);
    assert_int_equal(g.n, 0);

    run(state, "Police halted a protest by refugees against Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "protest", "SWE", "141");
    assert_string_equal(g.code[0], "---REF");
}

/* "Russian troops crossed into Ukraine", "tanks rolled into Georgia":
 * an entry of movement into a place (the fixture's "cross into") is an
 * act of force only when armed forces move: "Refugees crossed into
 * Sweden" is none (was an attack, 190, as "refugees marched into" was an
 * occupation). */
static void armed_movement_into(void **state)
{
    got g;
    run(state, "Russian forces crossed into Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "attack", "SWE", "190");

    run(state, "Russian tanks crossed into Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "190");

    run(state, "Refugees crossed into Sweden.", &g);
    assert_int_equal(g.n, 0);

    /* "Israeli forces thrust into ...", "tanks surged into ...": the
     * same movement, the same test (force) */
    run(state, "Russian forces thrust into Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "attack", "SWE", "190");

    run(state, "Refugees thrust into Sweden.", &g);
    assert_int_equal(g.n, 0);

    /* a camp named for its people is a place: "thrust into the
     * outskirts of the Jabalya refugee camp" (force) */
    run(state, "Russian forces thrust into the outskirts of the Swedish "
               "refugee camp.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "attack", "SWE_REF", "190");
}

/* "demanded Rwanda withdraw its troops": "demand" takes the subjunctive
 * without "that" too; the act is asked for, not done (it used to come out
 * as an asserted event: Rwanda's 087, Turkey's 0854). */
static void bare_subjunctive_demands(void **state)
{
    got g;
    run(state, "Sweden demanded Turkey lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

}

/* "Ankara insists Sweden extradite": headlines drop the "that" after
 * "insist" too, and the act is then asked for, not done (it came out as
 * an asserted event of the one asked).  A verb with -ed or an irregular
 * past ("insisted Turkey gave") reports a fact instead. */
static void bare_subjunctive_after_insist(void **state)
{
    got g;
    run(state, "Sweden insists Turkey lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "1054");
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden insisted Turkey lifted sanctions on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "SYR", NULL);
    /* (past any adverb, ex_is_adverb: "also gave" is a past too) */
    run(state, "Sweden insisted Turkey also gave weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "072");
}

/* "its forces fighting in Syria": the -ing word after an owned organ is
 * its participle, not a noun of the phrase, so the owner does not fight
 * its own forces (was RUS fight RUSMIL). */
static void owned_forces_fighting(void **state)
{
    got g;
    size_t k;
    run(state, "Russia praised its forces fighting in Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.type[k], "fight") &&
                     !strcmp(g.subj[k], "RUS") &&
                     !strcmp(g.obj[k], "RUSMIL"));
}

/* "Sweden is under investigation by French police": the one under
 * investigation is the clause's subject, the investigator follows "by"
 * (a "for" phrase may come between); with no "by", no investigator. */
static void under_investigation_by(void **state)
{
    got g;
    run(state, "Sweden is under investigation by French police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA_COP", "investigate", "SWE", "090");

    run(state, "Sweden was under investigation for fraud by French police.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA_COP", "investigate", "SWE", "090");

    run(state, "Sweden is not under investigation by French police.", &g);
    assert_int_equal(g.n, 1);
    assert_true(g.negated[0]);

    run(state, "Sweden is under investigation.", &g);
    assert_int_equal(g.n, 0);
}

/* "handed over to Iran the remains of 20 soldiers": the entry's own
 * preposition opening the gap names the one the thing goes to, not the
 * "of" after it. */
static void handed_over_to_before_the_thing(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "Syria handed over to Turkey the remains of two Russian soldiers "
        "on Sunday.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "release"))
            found = !strcmp(g.obj[k], "TUR") && !strcmp(g.subj[k], "SYR");
    assert_true(found);
    /* (the thing first, "of" whose remains when no "to" names one) */
    run(state, "Syria handed over the remains of two Russian soldiers.", &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "release"))
            found = !strncmp(g.obj[k], "RUS", 3);
    assert_true(found);
}

/* "lifted the curfew in the northern provinces": a curfew or martial law
 * eased where no actor is named is eased at home, as one imposed there
 * is (SYRGOV -> SYR). */
static void curfew_eased_in_a_region(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "The Syrian government lifted the curfew in the northern "
        "provinces on Sunday.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "ease_sanctions"))
            found = !strcmp(g.code[k], "SYRGOV") && !strcmp(g.obj[k], "SYR") &&
                    !strcmp(g.cameo[k], "0813");
    assert_true(found);
}

/* "President Erdogan stepped down": a leader who
 * leaves office yields it to his own country (TURGOV -> TUR), as the
 * code book codes a resignation; a firm's chairman gets no such edge. */
static void leader_steps_down_at_home(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "ANKARA, Aug 6 (Reuters) - President Erdogan stepped down on "
        "Thursday, state television said.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "yield"))
            found = !strcmp(g.code[k], "TURGOV") && !strcmp(g.obj[k], "TUR") &&
                    !strcmp(g.cameo[k], "0831");
    assert_true(found);
}

/* "Mr Hague, who stepped down after the defeat, ...", "between stepping
 * down as health secretary and becoming ...", "stepped down to stand as a
 * candidate": a step down told as a career is no concession, no event
 * code; "President Erdogan stepped down on Thursday" stays 0831 (prec18b). */
static void career_step_down_is_no_concession(void **state)
{
    got g;
    size_t k;
    static const char *const texts[] = {
        "President Erdogan, who stepped down after the defeat, said he "
        "would write a book.",
        "President Erdogan was away for a year between stepping down and "
        "returning.",
        "President Erdogan stepped down to stand as a candidate.", NULL};
    for (k = 0; texts[k]; k++) {
        size_t i;
        run(state, texts[k], &g);
        for (i = 0; i < g.n; i++)
            if (!strcmp(g.type[i], "yield"))
                assert_string_equal(g.cameo[i], "");
    }
    run(state, "President Erdogan stepped down on Thursday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "0831");
}

/* "Syrian authorities allowed street marches": restrictions or
 * political freedoms eased by a government named by its country (node
 * SYR coded SYRGOV) are eased at home (SYRGOV -> SYR, 0811); not by a
 * capital standing for its government ("Washington lifted remaining
 * restrictions" eased them for a country named before), nor economic
 * controls lifted. */
static void freedoms_eased_at_home(void **state)
{
    got g;
    run(state,
        "Syrian authorities on Thursday allowed street marches in the "
        "capital for the first time since 2001.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    assert_string_equal(g.obj[0], "SYR");
    assert_string_equal(g.cameo[0], "0811");
    run(state, "Washington lifted remaining restrictions.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The Turkish government lifted foreign exchange controls.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "said he was hopeful that Syria would sign": an entry of a comment
 * that ends in "that" (01) is made of the clause's actor, whatever its
 * verb; "insisted that" asks only with a bare verb. */
static void hopeful_that_a_clause(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "The Russian government said it was hopeful that Syria would sign "
        "the deal.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "013"))
            found = !strcmp(g.code[k], "RUSGOV") && !strcmp(g.obj[k], "SYR");
    assert_true(found);
}

/* "returned from Tokyo on Thursday voicing concern": wire copy leaves
 * out the comma after a date, and the -ing clause after it still has
 * the sentence's subject, not the place before it. */
static void participle_after_a_date(void **state)
{
    got g;
    run(state,
        "South Korea's envoy returned from Moscow on Thursday voicing "
        "optimism about North Korea.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "KOR");
    assert_string_equal(g.obj[0], "PRK");
    assert_string_equal(g.cameo[0], "013");
}

/* "Kuwait granted women the right to vote": people of no country said
 * to whom a state grants a right are its own (TUR -> TURCVL); people said
 * to be from abroad ("foreign journalists") keep no country. */
static void rights_granted_to_own_people(void **state)
{
    got g;
    run(state, "Turkey granted citizenship to women.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "yield", "TUR_CVL", "0833");
    run(state, "Turkey granted citizenship to foreign journalists.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TUR");
    assert_string_equal(g.obj[0], "UNK_MED");
}

/* "Pakistan and India agreed to stop firing": a truce kept by two sides
 * named together is each side's with the other (0871 both ways), as a
 * meeting or a clash is. */
static void shared_truce_both_ways(void **state)
{
    got g;
    run(state, "Israel and Syria agreed to a ceasefire.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "ceasefire", "ISR", "0871");
    expect_rel(&g, 1, "ISR", "ceasefire", "SYR", "0871");
}

/* "The Syrian government lifted the state of emergency": a state of some
 * condition is no state, so that under a dateline "the state" is not
 * read as the dateline country's government (the same as the subject, so
 * the edge was lost); the State of a name still is one. */
static void state_of_emergency_is_no_state(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "DAMASCUS, March 1 (Reuters) - The Syrian government lifted the "
        "state of emergency on Thursday.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "ease_sanctions"))
            found = !strcmp(g.code[k], "SYRGOV") && !strcmp(g.obj[k], "SYR") &&
                    !strcmp(g.cameo[k], "0814");
    assert_true(found);
    run(state,
        "PARIS, March 1 (Reuters) - The Syrian government lifted the "
        "state of emergency.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.obj[k], "FRA", 3));
}

/* "opened an inquiry into the killing of ... by Syrian rebels": an
 * investigation whose object is an event is aimed at the party the event
 * names (its agent first, else an actor of another country), not at
 * nothing; an event that names no actor, or a thing that is no event,
 * gives none. */
static void inquiry_into_event(void **state)
{
    got g;
    size_t k;
    int found;
    run(state,
        "ANKARA, May 2 - Turkey opened an inquiry on Friday into the killing "
        "of two Turkish drivers by Syrian rebels, officials said.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "investigate") && !strcmp(g.subj[k], "TUR"))
            found = !strcmp(g.obj[k], "SYR_REB") && !strcmp(g.cameo[k], "090");
    assert_true(found);

    run(state, "Seoul is investigating the sinking of a South Korean ship "
               "after a collision with a North Korean vessel.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "investigate"))
            found = !strcmp(g.obj[k], "PRK");
    assert_true(found);

    run(state, "France opened an inquiry into the deaths of two French "
               "journalists in Syria.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "investigate"))
            found = !strcmp(g.obj[k], "SYR");
    assert_true(found);

    /* (abuse investigated is 092; claims against someone name him) */
    run(state, "Turkey opened an inquiry into abuses by Syrian rebels.", &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "investigate"))
            found = !strcmp(g.obj[k], "SYR_REB") && !strcmp(g.cameo[k], "092");
    assert_true(found);
    run(state, "Turkey is investigating graft allegations against Syrian "
               "rebels.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "investigate"))
            found = !strcmp(g.obj[k], "SYR_REB");
    assert_true(found);

    run(state, "Turkey is investigating reports in a Syrian newspaper.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.type[k], "investigate"));
    run(state, "Turkey opened an inquiry into the killing of two drivers.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.type[k], "investigate"));
    /* (nor an investigator of no known country) */
    run(state, "Prosecutors are investigating the killing of two Syrian "
               "drivers.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.type[k], "investigate"));
}

/* "Russian strikes on Syria": strikes on an actor are attacks, not the
 * labour strike of a country's people (was RUS protest 143). */
static void strikes_on_an_actor_are_attacks(void **state)
{
    got g;
    run(state, "Russian strikes on Syria continued.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
}

/* "demanded that Turkey stop loans to Syria": a stop asked for in a
 * demand's clause is not done (was TUR cut_aid 1621 asserted); "Turkey
 * stopped loans" still is. */
static void demanded_stop_is_not_done(void **state)
{
    got g;
    size_t k, found = 0;
    run(state, "Sweden demanded that Turkey stop loans to Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "TUR")) {
            expect_rel(&g, k, "TUR", "cut_aid", "SYR", "");
            assert_string_equal(g.modality[k], "demanded");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Turkey stopped loans to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1621");
}

/* "demanded that President Erdogan step down": the demand is made of the
 * "that" clause's subject past its title (was no relation at all), and a
 * resignation asked for is a change in leadership (1041). */
static void demanded_that_titled_leader_resign(void **state)
{
    got g;
    run(state, "Sweden demanded that President Erdogan step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "person_recep_tayyip_erdogan", "1041");

    run(state, "Sweden demanded that Erdogan resign.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "person_recep_tayyip_erdogan", "1041");

    run(state, "Sweden demanded that Erdogan explain.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "person_recep_tayyip_erdogan", "100");
}

/* Headlines: "Russian missiles hit Syria." (the weapon reader wanted four
 * tokens after the weapon), "Russian air strikes hit Syria" ("air"
 * between), "Russian drones struck Syria" (was a labour strike, 143). */
/* "the Foreign Ministry's annex", "Sweden's attack surprised Turkey": a
 * verb entry right after a name's possessive heads a noun phrase, no
 * verb (the fixture has no noun "attack", so nothing is left). */
static void verb_after_a_possessive_is_a_noun(void **state)
{
    got g;
    run(state, "Sweden's attack surprised Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The Kremlin's attack surprised Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* the verb itself keeps its reading */
    run(state, "Sweden attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "190");
}

/* "Talks between Israel and Syria were suspended": a meeting told as the
 * subject of a verb that calls it off is no meeting (040). */
static void meeting_called_off_is_no_meeting(void **state)
{
    got g;
    run(state, "The meeting between Sweden and Turkey was postponed.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The meeting between Sweden and Turkey was called off.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The meeting between Sweden and Turkey broke down.", &g);
    assert_int_equal(g.n, 0);
    /* one that took place stays a meeting */
    run(state, "The meeting between Sweden and Turkey took place in Ankara.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "talks have begun between Israel's opposition Labour party and the
 * Prime Minister, Ariel Sharon": of two actors side by side the second
 * is the first party; the second may be a title and, after its comma,
 * the person who holds it. */
static void between_title_apposition_and_compound(void **state)
{
    got g;
    run(state, "The meeting between Sweden and the Prime Minister, Recep "
               "Tayyip Erdogan, failed.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "person_recep_tayyip_erdogan", "040");
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "meet", "SWE", "040");
}

/* "Talks last week between the European Community (EC) and the United
 * States failed": an abbreviation in brackets after a party and a time
 * phrase after the noun keep "between X and Y" (ex_abbrev_end); in a
 * list of objects or subjects too ("talks with the International
 * Monetary Fund (IMF) and the World Bank"). */
static void between_past_abbreviation_and_time(void **state)
{
    got g;
    run(state, "The meeting last week between the European Union (EU) "
               "and the Swedish government failed.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "EU", "meet", "SWE", "040");
    expect_rel(&g, 1, "SWE", "meet", "EU", "040");
    run(state, "The meeting between the European Union (EU) and the "
               "Swedish government failed.",
        &g);
    assert_int_equal(g.n, 2);
    run(state, "Turkey held talks with the European Union (EU) and the "
               "Swedish government.",
        &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 2, "TUR", "negotiate", "SWE", "046");
    /* and in a list of subjects (ex_coordinated) */
    run(state, "The European Union (EU) and Turkey met.", &g);
    assert_int_equal(g.n, 2);
}

/* "At a news conference following talks with Mr Blair, Mr Abbas said",
 * "Speaking to reporters after talks with Suharto, Baldrige said": a
 * short phrase before the time word that opens the sentence leaves the
 * talks the main clause's subject's (ex_opening_lead). */
static void talks_after_opening_phrase(void **state)
{
    got g;
    run(state, "At a news conference following talks with Turkey, Sweden "
               "said the plan was good.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Speaking to reporters after a meeting with Turkey, Sweden "
               "said the plan was good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "At a news conference with Prime Minister Tony Blair, President Bush
 * said", "In talks with Kato, Lyng asked": a meeting in the phrase that
 * opens the sentence with "at" or "in" is the main clause's subject's
 * (ex_venue_opener), a title before the subject's name included; a news
 * conference with someone is a meeting (040), and it still leads the
 * talks told after it both ways. */
static void meetings_in_an_opening_venue(void **state)
{
    got g;
    run(state, "At a news conference with Turkey, Sweden said the plan was "
               "good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "In talks with Turkey, Sweden asked for more time.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "After talks with Turkey, President Putin said the plan was "
               "good.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet", "TUR", "040");
    run(state, "At a news conference following talks with Turkey, Sweden "
               "said the plan was good.",
        &g);
    assert_int_equal(g.n, 2);
}

/* "Tindemans said after talks with King Hussein", "Following talks with
 * Blair, Abbas said": talks after which one side speaks are both sides'
 * (ex_talks_after), as "held talks with"; a meeting stays one way. */
static void talks_after_are_both_ways(void **state)
{
    got g;
    run(state, "Sweden said after talks with Turkey that the plan was good.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    expect_rel(&g, 1, "TUR", "meet", "SWE", "040");
    run(state, "Speaking to reporters after a meeting with Turkey, Sweden "
               "said the plan was good.",
        &g);
    assert_int_equal(g.n, 1);
}

/* "Conable met last night with Brazilian officials": a period named from
 * today ("last night", "this week") between a verb and the rest of its
 * entry is a date phrase, as "on Monday" (ex_when_phrase), whether or not
 * the document's date lets kg read it as a date. */
static void period_from_today_inside_entry(void **state)
{
    got g;
    run_dated(state, "Sweden talked last night with Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run_dated(state, "Sweden talked this week with Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "U.S. negotiators opened talks last August with Japanese officials": a
 * month named from today or after "in" (with no day, which kg would read
 * as a date) is a date phrase too. */
static void month_from_today_inside_entry(void **state)
{
    got g;
    run(state, "Sweden opened talks last August with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden opened talks in October with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "Poland's talks in Washington with the World Bank", "Conable had a
 * frank meeting this morning with Suharto", "Baker and Volcker gave these
 * views at closed-door talks yesterday with Wright": where and when
 * between a consultation and its party (ex_consult_adjunct_end; the entry
 * "talk with" read past the date). */
static void consultation_past_place_and_time(void **state)
{
    got g;
    run(state, "Sweden had a meeting in Stockholm yesterday with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden had a meeting in Stockholm with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden, in talks this morning with Turkey, said the plan "
               "was good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    /* the noun "meeting" read as the entry "meet with" past the date */
    run(state, "Sweden said the meeting on Monday with Turkey was good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden had what it termed a frank meeting this morning "
               "with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    /* and past a place ("Baka, in talks in Washington last week with") */
    run(state, "Sweden, at a meeting in Aleppo last week with Turkey, said "
               "the plan was good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "Talks between Nakasone and Reagan could take pressure off the
 * dollar", "the meeting between X and Y will take place": a meeting the
 * sentence puts ahead is one announced (036 both ways), not held. */
static void meeting_between_ahead_is_036(void **state)
{
    got g;
    run(state, "The meeting between Sweden and Turkey will take place in "
               "Ankara.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    expect_rel(&g, 1, "TUR", "meet", "SWE", "036");
    run(state, "The meeting between Sweden and Turkey, if successful, could "
               "ease tension.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    /* a title the name's mention leaves out, before the second party */
    run(state, "The meeting between Sweden and President Erdogan will "
               "take place.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "person_recep_tayyip_erdogan", "036");
    /* held, with a later "would" of another clause */
    run(state, "The meeting between Sweden and Turkey ended, but officials "
               "would meet again.",
        &g);
    assert_true(g.n >= 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "Iraq's Shiite militia", "Iraqi Sunni insurgents": a faith word
 * between a country word and a lower-case group noun modifies the group,
 * which stays the country's (no group name of its own). */
static void faith_word_keeps_the_country(void **state)
{
    got g;
    run(state, "Syria's Sunni insurgents attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
    assert_string_equal(g.code[0], "SYRREB");
    run(state, "Syrian Sunni insurgents attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRREB");
}

/* "Turkish opposition leader Kemal Kilicdaroglu": the group noun that
 * opens the title of a known person is the title's, so the relation is
 * aimed at the person, not at a "Turkish opposition" group. */
static void group_noun_opening_a_title(void **state)
{
    got g;
    run(state, "Erdogan condemned Turkish opposition leader Kemal "
               "Kilicdaroglu.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "criticize",
               "person_kemal_kilicdaroglu", "111");
    run(state, "Erdogan condemned opposition leader Kemal Kilicdaroglu.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "criticize",
               "person_kemal_kilicdaroglu", "111");
}

/* "Nigeria appealed to the US for helicopters to fight Boko Haram": the
 * infinitive after what is asked for is the asker's act, and intended
 * (not the one asked's fight, asserted), with no event code: the appeal
 * is the event. */
static void means_asked_for_to_act(void **state)
{
    got g;
    run(state, "Syria asked Russia for weapons to fight Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "urge", "RUS", "020");
    expect_rel(&g, 1, "SYR", "fight", "TUR", "");
    assert_string_equal(g.modality[1], "intended");
    /* the fight is the appeal's reason, no threat (138) of its own; a
     * list of means and wire copy's day after the one asked too */
    run(state, "Syria asked Russia on Tuesday for more tanks and helicopters "
               "to fight Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "urge", "RUS", NULL);
    expect_rel(&g, 1, "SYR", "fight", "TUR", "");
    assert_string_equal(g.modality[1], "intended");
}

/* "Thousands marched in Belgrade demanding ...": a participle right after
 * the place of the main verb is never the place's act; after a comma it
 * stays the main clause subject's. */
static void participle_after_a_place(void **state)
{
    got g;
    run(state, "Thousands gathered in Ankara condemning Sweden.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Thousands gathered in Turkey condemning Sweden.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Putin arrived in Ankara, condemning Sweden.", &g);
    /* (and the visit: the fixture has "arrive in") */
    assert_int_equal(g.n, 2);
    expect_rel(&g, strstr(g.json[0], "\"111\"") ? 0 : 1,
               "person_vladimir_putin", "criticize", "SWE", "111");
}

static void weapons_hit_in_headlines(void **state)
{
    got g;
    size_t k;
    run(state, "Russian missiles hit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "195");

    run(state, "Russian air strikes hit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "195");

    run(state, "Russian drones struck Syria.", &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.type[k], "attack");
}

/* "recommended that Germany lift", "suggested that Turkey hold talks",
 * "proposed that": the act is asked for, not done (CAMEO 2.0 files
 * RECOMMEND and SUGGEST under 020); "suggested that Russia had attacked"
 * hints at a fact, kept hypothetical; a report "on" a country is no
 * asker. */
static void recommended_acts_are_not_done(void **state)
{
    got g;
    run(state, "Sweden recommended that Turkey lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", NULL);
    assert_int_equal(g.cameo[0][0], '0');
    assert_int_equal(g.cameo[0][1], '2');
    expect_rel(&g, 1, "TUR", "ease_sanctions", "SYR", "");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Sweden suggested that Turkey hold talks with Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
    assert_string_equal(g.modality[1], "demanded");

    run(state, "Analysts suggested that Russia had attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "");
    assert_string_equal(g.modality[0], "hypothetical");
    /* (an irregular past after "suggest" reports: no appeal) */
    run(state, "Sweden suggested that Turkey sold arms to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "trade", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");

    /* (a modal on the asking verb holds the appeal too) */
    run(state, "Sweden may recommend that Turkey lift sanctions on Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", NULL);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Sweden may demand that Turkey lift sanctions on Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "TUR", NULL);
    assert_string_equal(g.modality[0], "hypothetical");

    run(state, "The report on Russia recommended that Sweden lift sanctions "
               "on Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "ease_sanctions", "SYR", "");
}

/* "called on Turkey to step down": another verb of appeal reads the
 * entries of "urge" for what is asked (0241); a long name after the verb
 * is one word to the entry's '*'; a demanded handover of power (0831) is
 * an appeal for a change in leadership (0241), not only for reform. */
static void appeal_verbs_read_as_urge(void **state)
{
    got g;
    run(state, "Sweden called on Turkey to step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "0241");
    run(state, "Sweden urged Turkish President Recep Tayyip Erdogan to step "
               "down.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "person_recep_tayyip_erdogan", "0241");
    run(state, "Sweden urged Turkey to hand over power to Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "0241");
}

/* "Speaking in Paris, Russia, in a statement, attacked Turkey": an aside
 * after the subject is no apposition closing after the place that ends
 * the fronted phrase (Paris, FRAGOV, is not the subject). */
static void aside_after_subject_after_fronted_place(void **state)
{
    got g;
    run(state, "Speaking to reporters in Paris, Russia, in a statement, "
               "attacked Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "190");
    run(state, "After talks in Paris, Russia, in a statement, urged Turkey "
               "to hold talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "026");
}

/* "Prime Minister Mohammed bin Salem Al Rashid": a lower-case particle
 * of an Arabic name ("bin", "ibn", "abu") keeps the name whole, so the
 * title's country codes the person who acts (not "Salem Al Rashid",
 * uncoded). */
static void name_particles_keep_the_name_whole(void **state)
{
    got g;
    run(state, "Turkish Prime Minister Mohammed bin Salem Al Rashid visited "
               "Germany.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_mohammed_bin_salem_al_rashid", "visit", "DEU",
               "042");
    assert_string_equal(g.code[0], "TURGOV");

    /* four words and a particle: still a person, whom an apposition
     * gives a country */
    run(state, "Mohammed bin Salem Al Rashid, Turkey's prime minister, "
               "visited Germany.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_mohammed_bin_salem_al_rashid", "visit", "DEU",
               "042");
    assert_string_equal(g.code[0], "TURGOV");
}

/* "Turkish President Ali Veli was in Paris ... The president attacked Syria":
 * "the" and a bare title in a later sentence stand for the person named
 * with that title before; with no one so named, or after "Deputy", the
 * title names no one. */
static void bare_title_is_the_person_titled_before(void **state)
{
    got g;
    run(state, "Turkish President Ali Veli was in Paris on Monday. The "
               "president attacked Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ali_veli", "attack", "SYR", "190");
    assert_string_equal(g.code[0], "TURGOV");

    run(state, "The president attacked Syria.", &g);
    assert_int_equal(g.n, 0);

    run(state, "Turkish Deputy President Ali Veli was in Paris on "
               "Monday. The president attacked Syria.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Turkish Supply Minister Ali Veli ... The minister attacked Syria": the
 * bare head of a title stands for the person so titled before, but not
 * of the opposition's shadow title: "the minister" after "shadow minister
 * Ali Veli" is the government's minister, whom the text has not named. */
static void bare_title_is_no_shadow_minister(void **state)
{
    got g;
    run(state, "Turkish supply minister Ali Veli was in Paris on Monday. The "
               "minister attacked Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ali_veli", "attack", "SYR", "190");

    run(state, "Turkish shadow minister Ali Veli was in Paris on Monday. The "
               "minister attacked Syria.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Rebel posters attacking Ali Veli - recently withdrawn from the party's
 * website - were a sign of panic": a past participle right after a dash
 * opens an aside, a reduced passive with no named doer: the actor before
 * the dash withdrew nothing; "Ali Veli withdrew from Syria" still does. */
static void dash_participle_is_an_aside(void **state)
{
    got g;
    size_t k;
    run(state, "The Democrats said posters attacking Turkish President Ali "
               "Veli - recently withdrawn from Syria - were a sign of panic.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "080") != 0);
    run(state, "The Democrats said Turkish President Ali Veli withdrew from "
               "Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "080"))
            break;
    assert_true(k < g.n);
}

/* "won a contract from Syria to give weapons", "signed a contract with
 * Syria to give weapons": the contractor does the contract's infinitive,
 * not the client who gave it; "urged Syria to give" still asks Syria. */
static void contract_giver_does_not_do_it(void **state)
{
    got g;
    size_t k;
    run(state, "A Turkish firm won a contract from Syria to give weapons to "
               "Israel.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "072") != 0);
    run(state, "A Turkish firm signed a contract with Syria to give weapons "
               "to Israel.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "072") != 0);
    run(state, "Turkey urged Syria to give weapons to Israel.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "SYR"))
            break;
    assert_true(k < g.n);
}

/* "We will send aid to Syria," the president said: a plan his quote
 * states for his state is its intent (03x), as "he said Turkey would"
 * is; "would like to" in a quote is a wish, left as it was. */
static void quoted_will_before_the_speaker_is_intent(void **state)
{
    got g;
    run(state, "\"We will send aid to Syria,\" Turkish President Ali Veli "
               "said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");

    run(state, "\"We would like to send aid to Syria,\" Turkish President "
               "Ali Veli said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
}

/* "opposition leader Mehmet Kaya" is of the sentence's one country; a
 * capital the sentence only passes through ("in a statement issued in
 * Paris") is not another. */
static void opposition_country_past_a_place_in_passing(void **state)
{
    got g;
    run(state, "Turkish President Ali Veli, in a statement issued in Paris, "
               "urged opposition leader Mehmet Kaya to step down.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ali_veli", "urge", "x_mehmet_kaya", "0241");
    assert_non_null(strstr(g.json[0], "\"code\":\"TUROPP\""));
}

/* "the opposition" of a sentence that names another state's ruling
 * party is that state's, not of the country the story names most (a
 * trip abroad: ex_sentence_party_state). */
static void opposition_of_the_ruling_partys_state(void **state)
{
    got g;
    size_t k;
    run(state, "Britain's foreign minister cancelled a trip to Turkey. "
               "Turkey said it regretted the decision. The minister must "
               "attend budget debates the ruling Labour Party was forced to "
               "resume after the opposition accused it of haste.",
        &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "accuse"); k++)
        ;
    assert_true(k < g.n);
    assert_string_equal(g.subj[k], "GBR_OPP");
}

/* "Sweden on Tuesday called on Turkey to hold talks": a day or a place
 * between the asker and the verb of appeal ("in Paris") leaves it the
 * asker's (the verb ends the chain of phrases after "Sweden"; "on
 * Turkey" is the verb's, not a phrase of Sweden's). */
static void appeal_after_a_day_or_place(void **state)
{
    got g;
    run(state, "Sweden on Tuesday called on Turkey to hold talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
    run(state, "Russia in Paris called on Turkey to hold talks with Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "026");
    expect_rel(&g, 1, "TUR", NULL, "SYR", "");
    assert_string_equal(g.modality[1], "demanded");
}

/* "Havana called once more on Washington to end its embargo": an adverb
 * of repetition between the verb of appeal and its particle leaves the
 * appeal whole. */
static void appeal_past_an_adverb_of_repetition(void **state)
{
    got g;
    run(state, "Sweden called once more on Turkey to hold talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
    run(state, "Sweden appealed again to Turkey to hold talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
}

/* "called on Turkey and Syria to hold talks": the ones asked may be
 * coordinated; the appeal goes to each of them, and their talks are only
 * asked for (no 046 of their own). */
static void appeal_to_coordinated_actors(void **state)
{
    got g;
    run(state, "Sweden called on Turkey and Syria to hold talks.", &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 0, "SWE", "urge", "SYR", "026");
    expect_rel(&g, 1, "SWE", "urge", "TUR", "026");
    expect_rel(&g, 2, "SYR", NULL, "TUR", "");
    assert_string_equal(g.modality[2], "demanded");
    expect_rel(&g, 3, "TUR", NULL, "SYR", "");

    /* "urged Turkey and Syria": the verb before the first one asked is
     * the appeal's own, no sign of another clause */
    run(state, "Sweden urged Turkey and Syria to hold talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "SYR", "026");
    expect_rel(&g, 1, "SWE", "urge", "TUR", "026");
}

/* "urged Turkey and Syria to hold talks": after a verb of asking (not
 * only "called on"), each of the coordinated actors is asked; so is each
 * one inside a pattern's gap ("urged Turkey and Syria to step down"). An
 * unknown name before "and" may be part of one name ("asked the Ways and
 * Means Committee to look into"): no appeal to "Ways". */
static void appeal_verb_to_coordinated_actors(void **state)
{
    got g;
    size_t k, tur = 0, syr = 0;
    run(state, "Sweden urged Turkey and Syria to hold talks.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "SWE") && !strcmp(g.cameo[k], "026")) {
            tur += !strcmp(g.obj[k], "TUR");
            syr += !strcmp(g.obj[k], "SYR");
        }
    assert_int_equal(tur, 1);
    assert_int_equal(syr, 1);
    /* (in either order: "step down" is an entry of its own) */
    run(state, "Sweden urged Turkey and Syria to step down.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", NULL, "0241");
    expect_rel(&g, 1, "SWE", "urge", NULL, "0241");
    assert_true((!strcmp(g.obj[0], "TUR") && !strcmp(g.obj[1], "SYR")) ||
                (!strcmp(g.obj[0], "SYR") && !strcmp(g.obj[1], "TUR")));
    run(state, "Sweden asked the Ways and Means Committee to hold talks.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "x_ways");
}

/* "issued an appeal to Turkey": a noun entry that ends in its
 * preposition has its object right after it, after a light verb too. */
static void noun_entries_ending_in_their_preposition(void **state)
{
    got g;
    run(state, "Sweden issued an appeal to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "020");
}

/* "Sweden and Turkey signed an agreement": each signed with the other
 * (057), as coordinated subjects of "met" meet each other. */
static void coordinated_signers(void **state)
{
    got g;
    run(state, "Sweden and Turkey signed an agreement on Tuesday.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
    expect_rel(&g, 1, "SWE", "sign", "TUR", "057");
    run(state, "Sweden signed an agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
}

/* An accord named as a thing ("failed to live up to its agreement with",
 * "last year's agreement between") is no signing: kept with no event
 * code; one the sentence tells made ("signed a $240m agreement",
 * "an agreement reached between", "ratified an agreement") is (prec). */
static void accords_named_are_not_signed(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden failed to live up to its agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.cameo[k], "");
    run(state, "Last year's agreement between Sweden and Turkey covers "
               "steel.",
        &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.cameo[k], "");
    run(state, "Sweden signed a $240m agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
    run(state, "An agreement reached last March between Sweden and Turkey "
               "covers steel.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
    expect_rel(&g, 1, "TUR", "sign", "SWE", "057");
    run(state, "Sweden ratified an agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
    /* (a participle of making in a clause of its own is no making of
     * the accord) */
    run(state, "Sweden failed to live up to its agreement with Turkey, "
               "and Norway approved sanctions.",
        &g);
    expect_no_code(&g, "057");
    /* (nor a verb of making before a preposition's phrase) */
    run(state, "Sweden approved funds under its agreement with Turkey.", &g);
    expect_no_code(&g, "057");
    run(state, "Sweden approved the terms of its agreement with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
    /* (dated to the news's days: just made) */
    run(state, "Last week's agreement between Sweden and Turkey covers "
               "steel.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
}

/* "Russia and Ukraine exchanged prisoners": coordinated subjects of a
 * verb of material cooperation with no object act each with the other,
 * as signers do; one object keeps the plain reading. */
static void coordinated_material_cooperation(void **state)
{
    got g;
    run(state, "Sweden and Turkey exchanged prisoners on Friday.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "exchange", "SWE", "0841");
    expect_rel(&g, 1, "SWE", "exchange", "TUR", "0841");
    run(state, "Sweden exchanged prisoners with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "exchange", "TUR", "0841");
}

/* "Accusing Moscow of meddling, Britain expelled": an -ing clause that
 * opens the sentence has the main clause's subject. */
static void opening_participles_take_the_main_subject(void **state)
{
    got g;
    run(state, "Accusing Turkey of harboring militants, Sweden expelled "
               "diplomats.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "accuse", "TUR", "112");
    /* no actor right after the comma: no subject */
    run(state, "Accusing Turkey of harboring militants, the report said "
               "nothing new.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Jordan's King promised the opposition": an opposition, a party, a
 * parliament or the police named without a country belongs to the one
 * country its sentence names; not civilians, and not when two countries
 * are named. */
static void domestic_sectors_take_the_sentence_country(void **state)
{
    got g;
    run(state, "Turkey rejected the opposition.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "TUR_OPP", "120");
    run(state, "The parliament rejected Turkey's request.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR_LEG", "reject", "TUR", "120");
    /* two countries: whose opposition is not said */
    run(state, "Turkey and Sweden rejected the opposition.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.obj[0], "UNK_OPP");
    /* protesters may be another country's */
    run(state, "Turkey rejected the protesters.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.obj[0], "UNK_CVL");
    /* the police acts at home too ("riot police broke up a march in
     * central Harare") */
    run(state, "Police detained Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "arrest", NULL, "173");
}

/* "insisted that Poland allow": an entry ending in "that" is a demand
 * on the clause's actor only when a bare verb follows it; "insisted that
 * Russia was behind it" is a claim. */
static void insisting_on_a_subjunctive(void **state)
{
    got g;
    run(state, "Sweden insisted that Turkey drop its objection.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
    run(state, "Sweden insisted that Turkey and Syria resolve the row.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "demand", "SYR", "100");
    run(state, "Sweden insisted that Turkey was behind it.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden insisted that Turkey wanted more.", &g);
    assert_int_equal(g.n, 0);
    /* a plural noun the actor heads ("its EU partners", "UN convoys")
     * is no verb; "speed up" is a bare verb though it ends in "-ed" */
    run(state, "Sweden insisted that its European Union partners share it.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "EU", "100");
    run(state, "Sweden insisted that Turkey speed up the talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
    run(state, "Sweden insisted that European Union states were behind it.",
        &g);
    assert_int_equal(g.n, 0);
    /* "insisted that Mugabe must go": what another actor must (or should)
     * do, insisted on, is a demand, as after "said" (ex_told_must) */
    run(state, "Sweden insisted that Turkey must change course.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
    run(state, "Sweden insisted that Turkey should change course.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
}

/* "Russia said its troops attacked": a sector noun after "its" or
 * "their" is the nearest actor's before it, after "his" or "her" the
 * nearest person's; with no such actor it stays unnamed. */
static void possessives_before_sector_nouns(void **state)
{
    got g;
    run(state, "Russia said its army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "attack", "SYR", "190");
    assert_string_equal(g.code[0], "RUSMIL");
    run(state, "Russia said Turkey and its own army attacked Syria.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.code[g.n - 1], "TURMIL");
    run(state, "He said its army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---MIL");
}

/* "gave in to opposition demands": an opposition (a party, a parliament)
 * in a pattern's gap is its object, unlike a force ("withdrew its
 * troops"), but not when the pattern names the word ("voiced opposition
 * to"). */
static void parties_in_pattern_gaps(void **state)
{
    got g;
    run(state, "Turkey bowed to opposition demands.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "yield", "TUR_OPP", "083");
    run(state, "Turkey voiced opposition to the plan.", &g);
    assert_int_equal(g.n, 0);
}

/* "Russia's president said he would": an office named without its
 * holder is the person "he" stands for. */
static void he_after_an_unnamed_office(void **state)
{
    got g;
    run(state, "Turkey's president said he would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "138");
    assert_string_equal(g.code[0], "TURGOV");
    /* a force is no person */
    run(state, "Turkey's army said he would attack Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "agreed on Monday to hold talks": a date right after the verb does not
 * break a longer entry ("hold * talk" alone is 046, agreeing to it 036). */
static void dates_inside_entries(void **state)
{
    got g;
    run(state, "Sweden agreed on Monday to hold talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "pledge_meet", "TUR", "036");
    run(state, "Sweden agreed yesterday to hold talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "pledge_meet", "TUR", "036");    /* after the entry's particle ("lashed out on Monday at"), also when
     * the date took the entry's last word ("cracked down on Tuesday on") */
    run(state, "Sweden lashed out on Monday at Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden cracked down on Tuesday on Turkish protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "repress", NULL, "175");
    run(state, "Sweden cracked down on Tuesday.", &g);
    assert_int_equal(g.n, 0);
    /* further inside the entry, between its noun and its preposition
     * ("put his signature on Saturday to"), but not where a '*' would
     * reach past the date into the next clause (r12b) */
    run(state, "Sweden's king put his signature on Saturday to a friendship "
               "treaty with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
    run(state, "Swedish protesters shut down Ankara on Thursday as the "
               "parties marched.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "met secretly with Japan", "clashed again with": an adverb inside a
 * verb's entry does not break it either ("meet" alone finds no object
 * past the adverb). */
static void adverbs_inside_entries(void **state)
{
    got g;
    run(state, "Sweden clashed briefly with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "fight", "TUR", "190");
    run(state, "Sweden clashed again with Turkish troops.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "fight", "TUR", "190");
    run(state, "Sweden commented publicly on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "comment", "TUR", "010");
    /* with a date before or after it */
    run(state, "Sweden clashed again on Monday with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "fight", "TUR", "190");
    run(state, "Sweden clashed on Monday again with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "fight", "TUR", "190");
    /* the same entry read where a demand's subjunctive is looked for,
     * and where an appeal through "for" is looked for from its act */
    run(state, "Sweden demanded that Turkey comment publicly on Norway.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[1], "demanded");
    run(state, "Sweden called again for Turkey to step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "0241");
    /* a verb in "-ly" is no adverb: "supply" is the demanded act */
    run(state, "Sweden demanded Turkey supply weapons to Norway.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "1032");
}

/* "Alfonsin met for more than an hour with Camdessus", "met for five
 * hours on Sunday with": a span of time is read past as an adverb is
 * (ex_duration_end); a time that is the object stays one. */
static void durations_inside_entries(void **state)
{
    got g;
    run(state, "Sweden met for more than an hour with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden met for five hours on Monday with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    run(state, "Sweden met for about 90 minutes with Turkish officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "Japan said it would extend assistance to Myanmar": a noun that a
 * light verb makes the subject's act is announced as an intent (0331),
 * as "said it would supply weapons" is (0332), not a hypothetical act. */
static void said_it_would_extend_a_loan(void **state)
{
    got g;
    run(state, "Sweden said it would extend a loan to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "0331");
    assert_string_equal(g.modality[0], "intended");
}

/* "Iran admitted that its forces had shot down the airliner", "Russia
 * admitted bombing the village": an actor that admits its own act of
 * force acknowledges responsibility (015) toward the act's target (in
 * place of the act after "admitted that", beside it where only
 * ex_admitted_by reads the admission); admitting another's act
 * ("admitted that Syria had attacked") is no responsibility of one's
 * own. */
static void admitting_ones_own_act(void **state)
{
    got g;
    size_t k, adm = 0;
    run(state, "Sweden admitted on Monday that its army had attacked Turkey.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "015")) {
            /* (Sweden's army acknowledges it: the admission of the
             * clause's actor, as ex_admit_verb codes it) */
            adm++;
            assert_memory_equal(g.code[k], "SWE", 3);
            assert_string_equal(g.obj[k], "TUR");
        }
    assert_int_equal(adm, 1);
    run(state, "Sweden admitted that Syria had attacked Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "015");
}

/* "Turkey offered to broker talks between Russia and Ukraine": a noun
 * inside an infinitive that is only offered or planned is no act of the
 * pair yet (no event code, hypothetical), as "proposed talks between"
 * is. */
static void offered_to_arrange_a_meeting_between(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden offered to arrange a meeting between Turkey and Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet")) {
            assert_string_equal(g.cameo[k], "");
            assert_string_equal(g.modality[k], "hypothetical");
        }
    run(state, "Sweden arranged a meeting between Turkey and Syria.", &g);
    assert_true(g.n >= 2);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet"))
            assert_string_equal(g.cameo[k], "040");
}

/* "Musharraf kicked off a three-day visit to Italy": "kick off" lends
 * its subject to the event noun after it, as "carry out" does (was no
 * visitor: nothing). */
static void kicked_off_a_visit(void **state)
{
    got g;
    run(state, "Erdogan kicked off a three-day visit to Sweden on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SWE", "042");
    assert_string_equal(g.modality[0], "asserted");
}

/* "held talks with his Israeli counterpart, Ariel Sharon, and the
 * Palestinian leader, Mahmoud Abbas": the name in apposition after a
 * demonym's role noun does not end the list of objects (was Israel
 * only). */
static void objects_listed_past_role_appositions(void **state)
{
    got g;
    run(state, "Sweden met its Turkish counterpart, Recep Tayyip Erdogan, "
               "and the Russian leader, Vladimir Putin.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    expect_rel(&g, 1, "SWE", "meet", "RUS", "040");
}

/* "Before visiting Israel, Mr Blair made a surprise visit to Iraq": the
 * opening -ing clause's subject is the main clause's past an honorific
 * (was no visitor for Israel). */
static void opener_subject_after_honorific(void **state)
{
    got g;
    run(state, "Before visiting Sweden, Mr Erdogan flew to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SWE", "042");
}

/* "Colombia was prepared to open peace talks with the FARC": "prepared
 * to" and "offered to" before the light verb of an event noun make it an
 * intent (036), as they do before a verb ("is prepared to meet"). */
static void prepared_to_hold_a_meeting(void **state)
{
    got g;
    run(state, "Sweden was prepared to hold a meeting with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
}

/* "Turkey is prepared to join Greece in a joint effort to clear mines",
 * "plans to join Cuba in rebuilding the refinery": acting together with
 * a named state is material cooperation (060); only offered or planned,
 * an intent to cooperate (031).  A bare "join" carries no code ("joined
 * the EU in May"). */
static void join_state_in_effort(void **state)
{
    got g;
    run(state, "Sweden is prepared to join Turkey in a joint effort to clear "
               "mines.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "031");
    run(state, "Sweden plans to join Turkey in rebuilding the port.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "031");
    run(state, "Sweden joined Turkey in an effort to end the fighting.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "060");
}

/* "Serbian opposition leaders said they would call off the protests",
 * "Taliban commanders said on Sunday they would meet": a body's people,
 * a plural noun after its name, speak for it, so "they" is the body
 * (before, no mention ended at the speech verb and "they" went
 * unresolved). */
static void body_leaders_said_they(void **state)
{
    got g;
    run(state, "Taliban leaders said they would meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", NULL, "TUR", "036");
    run(state, "Taliban commanders said on Sunday they would meet Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", NULL, "TUR", "036");
}

/* "British and Greek imports of French wheat were below year-ago
 * levels": exports and imports go one way, so coordinated actors before
 * the noun are no trading pair (061 each way), as they are for trade. */
static void coordinated_exporters_trade_not_with_each_other(void **state)
{
    got g;
    size_t k;
    run(state, "Swedish and Turkish exports were below year-ago levels.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "061");
}

/* "Assad is ready to resume talks with Israel": an intent to negotiate
 * (036) is its subject's own; the other party states none.  Talks held
 * (046) or planned as a plain future (036) are both sides', each way. */
static void intent_to_negotiate_is_one_sided(void **state)
{
    got g;
    run(state, "Sweden is ready to hold talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    run(state, "Sweden will hold talks with Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    expect_rel(&g, 1, "TUR", "negotiate", "SWE", "036");
}

/* "Iran said it was ready for talks with the United States" is 036 (the
 * verb row "talk with"); "ready for negotiations with", "ready for a
 * dialogue with" had no subject, as nouns: the adjective's subject offers
 * them, as "a proposal for talks" does (036; a ceasefire or truce
 * offered, 0356). */
static void ready_for_a_noun_with(void **state)
{
    got g;
    run(state, "Sweden said it was ready for negotiations with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    run(state, "Sweden is ready for a dialogue with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    run(state, "Sweden said it was ready for a ceasefire with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "ceasefire", "TUR", "0356");
}

/* "Macron and Putin discussed the situation": coordinated subjects of
 * "discuss" consult each other (040), whatever the topic; one actor
 * discussing a country gives no relation. */
static void discussing_together(void **state)
{
    got g;
    run(state, "Sweden and Turkey discussed the crisis.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "discuss", "SWE", "040");
    expect_rel(&g, 1, "SWE", "discuss", "TUR", "040");
    run(state, "Sweden and Turkey discussed Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "discuss", "TUR", "040");
    run(state, "Sweden discussed Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "allowed International Atomic Energy Agency inspectors": a name of
 * several words after the verb is one word to the entry's '*', as a sum
 * is; not over a comma. */
static void names_inside_entries(void **state)
{
    got g;
    run(state, "Russia threatened the Recep Tayyip Erdogan government with "
               "sanctions.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "threaten_sanctions",
               "person_recep_tayyip_erdogan", "1312");
    run(state, "Russia threatened Recep Tayyip Erdogan, the rival, with "
               "sanctions.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "The Turkish army said it would supply": an institution named by a
 * sector speaks, so what it says it will do is an intent (0332), as for
 * a country; a crowd does not speak. */
static void institutions_speak(void **state)
{
    got g;
    run(state, "The Turkish army said it would supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "supply", "SYR", "0332");
    assert_string_equal(g.modality[0], "intended");
}

/* "Turkey said on Saturday it would send tents to Iran, the Turkish Red
 * Crescent said": the day between the speech verb and the speaker's own
 * pronoun leaves it the speaker's stated intent (03x), whoever speaks at
 * the sentence's end; "they" after "said on Friday" is the group that
 * said it.  "could" stays no commitment. */
static void said_on_day_own_intent(void **state)
{
    got g;
    run(state, "Russia said on Monday it would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_string_equal(g.modality[0], "intended");
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Russia said on Monday it would send aid to Syria, the "
               "Turkish foreign minister said.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", NULL);
    assert_int_equal(strncmp(g.cameo[0], "03", 2), 0);

    run(state, "Syrian rebels said on Friday they would supply weapons to "
               "Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "0332");

    run(state, "Russia said Monday it could send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(strncmp(g.cameo[0], "07", 2), 0);
}

/* "urged Bosnia on Tuesday to work with Zagreb", "asked a court on Friday
 * to sentence": wire copy dates the appeal between the one asked and the
 * "to"; the act is still only asked for (no event code of its own) and
 * the appeal is read at it, with the code of what was asked. */
static void appeal_dated_before_to(void **state)
{
    got g;
    size_t k, urge = 8, act = 8;
    run(state, "Russia urged Turkey on Monday to send aid to Syria.", &g);
    for (k = 0; k < g.n; k++) {
        if (!strcmp(g.subj[k], "RUS") && !strcmp(g.obj[k], "TUR"))
            urge = k;
        if (!strcmp(g.subj[k], "TUR") && !strcmp(g.obj[k], "SYR"))
            act = k;
    }
    assert_true(urge < g.n);
    assert_true(act < g.n);
    assert_string_equal(g.cameo[urge], "023");
    assert_string_equal(g.cameo[act], "");
    assert_string_equal(g.modality[act], "demanded");
}

/* "..., visiting Chinese Defence Minister Chi Haotian told his Russian
 * counterpart": "visiting" before a speaker's name and a speech verb is
 * the guest's adjective, no participle: the clause's subject (Russia)
 * visits nobody.  A participle with its object stays a visit. */
static void visiting_speaker_is_no_visit(void **state)
{
    got g;
    size_t k;
    run(state, "Russia opposes the plan, visiting Turkish Foreign Minister "
               "Ahmet Davutoglu said.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "visit");
    run(state, "Putin flew to Ankara on Monday, visiting Turkish officials.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "visit") && !strcmp(g.obj[k], "TUR"))
            break;
    assert_true(k < g.n);
}

/* "Hamas said it would free the soldier": an armed group speaks through
 * its spokesmen as an army does, so what it says it will do is an intent
 * (0332), not a hypothetical supply (072). */
static void armed_groups_speak(void **state)
{
    got g;
    run(state, "Boko Haram said it would supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BOKO_HARAM", "supply", "SYR", "0332");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Syrian rebels said they would supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "0332");
}

/* "Russia agreed to supply Venezuela with jets": agreeing to aid is a
 * promise of it (0332); agreeing to back an ally is the diplomatic act
 * itself (050). */
static void agreed_to_aid_is_intent(void **state)
{
    got g;
    run(state, "Sweden agreed to supply weapons to Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SWE", "supply", "TUR", "0332");
    assert_string_equal(g.modality[g.n - 1], "intended");
    run(state, "Sweden has tentatively agreed to supply weapons to Turkey.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SWE", "supply", "TUR", "0332");
    run(state, "Sweden agreed to back Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SWE", NULL, "TUR", "050");
    /* (any adverb after "agreed", ex_is_adverb: was 072 asserted) */
    run(state, "Sweden agreed again to supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
    assert_string_equal(g.modality[0], "intended");
}

/* "Syria let UN inspectors into Douma": access into one's own land is
 * granted to those let in, never to one's own place (no SYR -> SYR
 * edge); with no coded actor let in, there is no other party. */
static void let_into_own_land(void **state)
{
    got g;
    run(state, "Syria let NATO inspectors into Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "NATO", "0862");
    run(state, "Syria let inspectors into Aleppo.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria let inspectors into Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "TUR", "0862");
}

/* "Hamas vowed it would free the soldier", "the opposition promised the
 * government it would suspend protests": a promise that takes a clause
 * reports what its subject will do, an intent (0332) as after "said it
 * would", not a hypothetical act. */
static void promised_it_would(void **state)
{
    got g;
    run(state, "Sweden vowed it would supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Sweden pledged that it would supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
    run(state, "Sweden promised the government it would supply weapons to "
               "Syria.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SWE", "supply", "SYR", "0332");
    /* ("promised Turkey it would": "it" is the one who promises) */
    run(state, "Sweden promised Turkey it would supply weapons to Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SWE", "supply", "SYR", "0332");
}

/* "Thailand signalled it would hand over Bout": a word of signalling
 * with a pronoun and "would" reports an intent as "said it would" does;
 * "indicated that" alone does not (a fact is as often indicated). */
static void signalled_it_would(void **state)
{
    got g;
    run(state, "Sweden signalled it would supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Sweden indicated it would supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
}

/* "Fitzwater said U.S. sanctions against Japan were likely", "U.S. trade
 * sanctions against Japan": a plural after a state's name, with the noun
 * entry's preposition after it, is the noun (ex_plural_after_state); with
 * an object of its own it stays the verb. */
/* Each of texts gives the one relation subj -type-> obj, coded code. */
static void expect_each_one(void **state, const char *const *texts,
                            const char *subj, const char *type,
                            const char *obj, const char *code)
{
    size_t k;
    got g;
    for (k = 0; texts[k]; k++) {
        run(state, texts[k], &g);
        assert_int_equal(g.n, 1);
        expect_rel(&g, 0, subj, type, obj, code);
    }
}

static void plural_after_a_state_is_the_noun(void **state)
{
    static const char *const texts[] = {
        "Officials said Turkey raids on Syria took place.",
        "Turkey raids Syria.", NULL};
    expect_each_one(state, texts, "TUR", "attack", "SYR", "190");
}

/* "imposed tariffs on imports of Japanese electrical goods", "sanctions
 * on imports of Japanese microchips": a sanction on a country's goods is
 * aimed at the country (ex_goods_origin); so is one on a thing "from" or
 * "imported from" it; a hedged sum may stand between the sanction and its
 * "on" ("raise tariffs as much as 300 mln dlrs on Japanese electronic
 * goods", "tariffs of as much as 300 mln dlrs on Japanese exports"). */
static void sanction_on_a_countrys_goods(void **state)
{
    static const char *const texts[] = {
        "Sweden imposed sanctions on imports of Turkish steel.",
        "Sweden put tariffs on imports of certain Turkish electronic goods.",
        "Sweden put tariffs on computer microchips imported from Turkey.",
        "Sweden put tariffs on certain electronic goods from Turkey.",
        "Sweden put tariffs as much as 300 mln dlrs on Turkish goods.",
        "Sweden put tariffs of up to 300 mln dlrs on Turkish goods.", NULL};
    expect_each_one(state, texts, "SWE", "sanction", "TUR", "163");
}

/* "The IMF approved a $3 billion loan for Pakistan", "China extended a
 * $2 billion credit line to Angola": the sum before the thing an entry
 * names is read as one word, so the entry's '*' reaches the thing. */
static void sum_before_the_thing(void **state)
{
    got g;
    run(state, "Sweden approved a $3 billion loan for Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    run(state, "Sweden approved a new loan for Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    /* wire copy's sums: "a 140 mln dlr loan", "1.5 bln dlrs" */
    run(state, "Sweden approved a 140 mln dlr loan for Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    run(state, "Sweden pledged 1.5 bln dlrs.", &g);
    assert_int_equal(g.n, 1);
    assert_true(g.value[0] > 1.49e9 && g.value[0] < 1.51e9);
    assert_non_null(strstr(g.json[0], "\"USD\""));
    /* an approximation is part of the sum: "more than $5 billion in
     * aid", "nearly 2 bln dlrs in aid" */
    run(state, "Sweden pledged more than $5 billion in aid to Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "pledge", "TUR", "033");
    run(state, "Sweden sent nearly 2 bln dlrs in aid to Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "aid", "TUR", "070");
    /* "as much as" too, the 1987 chip dispute's wording: "plans to put
     * as much as 300 mln dlrs in tariffs on Japanese electronic goods"
     * (put/place * tariff, impose/slap * duty: 163) */
    run(state, "Sweden pledged as much as 2 bln dlrs in aid to Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "pledge", "TUR", "033");
    run(state,
        "Sweden announced plans to put as much as 300 mln dlrs in tariffs "
        "on Turkish goods.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");
    run(state,
        "Sweden slapped a 1.05 dlrs per bushel duty on U.S. corn imports in "
        "November 2022, but reduced the duty to 85 cts last month.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "sanction", "USA", "163");
    /* yen and yuan sums too: "a 50 billion yen loan" */
    run(state, "Sweden approved a 50 billion yen loan for Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    run(state, "Sweden pledged 20 billion yuan.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"CNY\""));
    /* (wire copy's sterling is "stg": "mln pounds" are a weight) */
    run(state, "Sweden pledged 2.3 mln pounds.", &g);
    assert_true(g.n == 0 || strstr(g.json[0], "\"GBP\"") == NULL);
}

/* "gave aid worth $100 million to Cambodia": "worth" and a sum after the
 * thing given are its value, not the party; with no party after it, the
 * sum stays the object. */
static void worth_a_sum(void **state)
{
    got g;
    run(state, "Sweden pledged aid worth $100 million to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "pledge", "TUR", "033");
    run(state, "Sweden pledged aid worth $100 million.", &g);
    assert_int_equal(g.n, 1);
    assert_true(g.value[0] > 99e6);
}

/* "blamed Washington for obstructing talks with the World Bank", "threatened
 * to derail talks with Israel", "its boycott of talks with": talks an
 * obstruction or a boycott aims at are not said to take place (no event
 * code, hypothetical) (rn04). */
static void obstructed_talks(void **state)
{
    got g;
    size_t k, met = 0;
    run(state, "Turkey is sabotaging negotiations with Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "negotiate")) {
            assert_string_equal(g.cameo[k], "");
            assert_string_equal(g.modality[k], "hypothetical");
            met++;
        }
    assert_true(met >= 1);
    /* (so are talks boycotted: "reconsidering its boycott of talks with
     * the Irish government") */
    run(state, "Turkey reconsidered its boycott of talks with Syria.", &g);
    for (k = met = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet")) {
            assert_string_equal(g.cameo[k], "");
            met++;
        }
    assert_true(met >= 1);
    run(state, "Sweden began negotiations with Syria.", &g);
    for (k = met = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "negotiate")) {
            assert_string_equal(g.cameo[k], "046");
            met++;
        }
    assert_true(met >= 1);
}

/* "the U.S. Attack on Iran", "why the U.S. Attacked an Iranian oil
 * platform": Reuters copy of 1987 capitalises the word after "U.S."; a
 * lexicon word there is the act, not an unknown name (mine; 14 such
 * attacks and strikes in reuters21578). */
static void capitalised_act_after_initialism(void **state)
{
    got g;
    run(state, "Japan said it understood why the U.S. Attacked a naval "
               "base of France.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "USA", "attack", "FRA", "190");
    run(state, "Germany said the U.S. Attacked France.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "USA", "attack", "FRA", "190");
}

/* "approved food aid worth more than 14.3 mln dlrs for drought victims
 * in Ethiopia": a hedge before the sum ("more than", "about", "up to")
 * is part of it, and people in a place after the sum give the place's
 * state, as without the sum (rn04). */
static void worth_a_hedged_sum(void **state)
{
    got g;
    run(state, "Sweden pledged aid worth more than $100 million to Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "pledge", "TUR", "033");
    run(state, "Sweden approved a loan worth about $100 million for flood "
               "victims in Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    run(state, "Sweden pledged aid worth up to $100 million.", &g);
    assert_int_equal(g.n, 1);
    assert_true(g.value[0] > 99e6);
}

/* "its purchases of Russian oil, increasing its trade with Russia": a
 * demonym used as an adjective is no antecedent of "it"/"its". */
static void adjectives_are_no_antecedents(void **state)
{
    got g;
    run(state, "Sweden bought Russian oil, and its army attacked Syria.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.code[g.n - 1], "SWEMIL");
    run(state, "Sweden said Turkish officials would meet it.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SWE", "040");
}

/* "rallied Arab support for the Palestinians": a name without a code in
 * an entry's gap gives way to a coded actor after the entry; a coded one
 * in the gap stays the object. */
static void uncoded_names_in_gaps(void **state)
{
    got g;
    run(state, "Sweden rallied Nordic support for Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "rally_support", "TUR", "053");
    run(state, "Sweden rallied Syrian support for Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "rally_support", "SYR", "053");
}

/* "said it would send help, without saying what kind": a speech verb
 * after "without" is no attribution, so the first one stands and the
 * act is an announced intent. */
static void without_saying(void **state)
{
    got g;
    run(state, "Sweden said it would supply weapons to Turkey, without "
               "saying how many.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "0332");
}

/* "claimed that X attacked Y": the claim is an accusation (112) against
 * X; the attack stays, as reported. */
static void claims_are_accusations(void **state)
{
    got g;
    run(state, "Russia claimed that Sweden had attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "accuse", "SWE", "112");
    /* the claimed act is kept, reported, with no event code */
    expect_rel(&g, 1, "SWE", "attack", "SYR", "");
    assert_string_equal(g.modality[1], "reported");
}

/* "claimed that it had attacked Y": harm the claimant's own side did,
 * claimed, is a claim of responsibility (015), as an admission is; no
 * accusation of itself (petrarch up_petr2_gsr NEST_0). */
static void own_claims_are_responsibility(void **state)
{
    got g;
    run(state, "Russia claimed that it had attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "claim_responsibility", "SYR", "015");
}

/* "pledged to supply" is an intent to give military aid (0332); "will
 * supply" keeps the act's code, as PETRARCH codes announced acts. */
static void intentions_code_as_intent(void **state)
{
    got g;
    run(state, "Turkey pledged to supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "0332");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey will supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "072");
    /* "ready to", "willing to": an intent as "pledged to" is */
    run(state, "Turkey said it was ready to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey is willing to supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "0332");
    /* "offered to", "is prepared to": offered, not done; "prepared to
     * meet" without "is" is the verb, and the meeting took place */
    run(state, "Turkey offered to supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "0332");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey is prepared to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "036");
    run(state, "Turkey prepared to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "040");
    /* "is determined to", "keen to", "eager to", "committed to": set on
     * the act, not doing it */
    run(state, "Turkey is determined to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "036");
    run(state, "Turkey is keen to supply weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "0332");
    assert_string_equal(g.modality[0], "intended");
    /* the act an offered act is for is offered too */
    run(state, "Turkey offered to send troops to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");
    /* wire copy's date before "to": "offered on Tuesday to", "keen
     * late on Monday to" (was 040 asserted) */
    run(state, "Turkey offered on Tuesday to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey is keen late on Monday to meet Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "036");
}

/* "was preparing Sunday to arrive in China", "prepares to visit
 * Washington": getting ready, the act still ahead (036, was 042
 * asserted); "the U.S. threat on Friday to impose tariffs": a threat's
 * act past a date is threatened (1312, was 163 asserted). */
static void preparing_to_and_dated_threat(void **state)
{
    got g;
    run(state, "Turkey was preparing on Sunday to visit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey prepares to visit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "036");
    run(state, "The Turkish threat on Friday to impose sanctions on Syria "
               "angered Damascus.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "1312");
    assert_string_equal(g.modality[0], "threatened");
}

/* An actor that says it will act states an intention; "might" does not
 * commit it.  A count or a participle before a verb's object modifies
 * it ("150 Syrian refugees", "exiled rebels"). */
static void announced_intentions_and_counted_objects(void **state)
{
    got g;
    run(state, "Turkey said it would help 150 Syrian refugees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR_REF", "033");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey said it might help over 150 Syrian refugees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR_REF", "070");
    run(state, "Russia helped the two exiled rebels from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR_REB", "070");
    /* "some 500" is a count too, as "over 150" (r12b) */
    run(state, "Russia sent aid to some 150 Syrian refugees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR_REF", "070");
}

/* "rejected an attempt by Turkey": the act judged is the agent's: the
 * agent after "by" is the target, for verbs of judging only. */
static void judged_act_by_agent(void **state)
{
    got g;
    run(state, "Sweden rejected the latest proposal by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    run(state, "Russia praised the decision by Turkey to reopen the "
               "border.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "praise", "TUR", "051");
    /* not for acts done to the object: "attacked the convoy by Syria"
     * reads no attack on Syria */
    run(state, "Israel attacked the convoy by Syria.", &g);
    assert_int_equal(g.n, 0);
    /* a plan or a threat judged, its making told before its maker */
    run(state, "Sweden rejected the peace plan proposed by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    run(state, "Sweden rejected the new plan drawn up by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
}

/* "condemned attacks by Turkey", "rejects attempts by Turkey": a plural
 * act with no article judges its agent too; not after "was" (the verb's
 * own agent) nor after a bare form that may be a noun ("block"). */
static void judged_bare_plural_act_by_agent(void **state)
{
    got g;
    run(state, "Sweden condemned recent attacks by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden rejects attempts by Turkey to block the deal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    run(state, "Sweden was condemned yesterday by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SWE", "111");
    run(state, "Traders moved to pre-empt large block enquiries by China.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "praised the steps being taken by Turkey", "rejected proposals just
 * announced by Turkey", "condemned Friday's attack by Turkey": the act's
 * making told before its maker's "by" (a participle of making, after
 * "being" or an adverb), with or without an article; a date's possessive
 * before the object says when, not whose. */
static void judged_act_made_by_agent(void **state)
{
    got g;
    run(state, "Sweden praised the steps being taken by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    run(state, "Sweden rejected the proposals just announced by Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    run(state, "Sweden praised tax cuts announced by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    run(state, "Sweden condemned Friday's attack by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden praised Monday's Turkish move.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    /* (a possessive that is no date is the owner's: kept) */
    run(state, "Sweden praised Turkey's rate cut.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
}

/* "met Putin and expressed concern": a lexicon '*' that would take an
 * "and" and a second inflected verb opening an entry of its own runs
 * into that verb's clause; the entry is read up to the "and". */
static void star_stops_at_a_second_verb(void **state)
{
    got g;
    run(state, "Sweden blocked Turkey and closed roads.", &g);
    expect_no_code(&g, "144");
    run(state, "Police beat Turkey and charged protesters.", &g);
    expect_no_code(&g, "182");
    /* (the entry's own '*' over a plain phrase is kept) */
    run(state, "Sweden closed the main border with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "blockade", "TUR", "191");
}

/* "was hopeful Turkey would agree": a stance adjective whose entry ends
 * in "that" reads the same with the "that" left out, after a form of
 * "be"; hope about one's own side is no statement between actors. */
static void stance_without_that(void **state)
{
    got g;
    run(state, "Sweden was hopeful Turkey would lift the ban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "optimism", "TUR", "013");
    run(state,
        "Sweden is cautiously hopeful the Turkish government will agree.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, NULL, "013");
    /* (not before a preposition: "hopeful of" has an entry of its own
     * or none) */
    run(state, "Sweden was hopeful about the weather in Turkey.", &g);
    expect_no_code(&g, "013");
    /* its own side: no code */
    run(state, "Sweden was hopeful Sweden would win.", &g);
    expect_no_code(&g, "013");
}

/* "apologized for the suffering its rule inflicted on Turkey": an
 * apology with no addressee is made to the one its "for" phrase says
 * was harmed; a "for" phrase that names no harm done to anyone gives no
 * target. */
static void apology_to_the_harmed(void **state)
{
    got g;
    run(state,
        "Sweden apologized on Monday for the losses its troops inflicted "
        "on the people of Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "apologize", "TUR", "055");
    run(state, "Sweden apologized for the damage caused to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "apologize", "TUR", "055");
    run(state, "Sweden apologized for the delay, and Turkey agreed.", &g);
    expect_no_code(&g, "055");
}

/* "urged Turkey to act in a message urging Russia to":
 * a message's "-ing" is said by the message's sender, the sentence's
 * subject, not by the actor named right before it. */
static void message_participle_is_the_senders(void **state)
{
    got g;
    run(state,
        "Sweden urged Turkey to act in a message urging Russia to lift "
        "the ban.",
        &g);
    expect_no_subject(&g, "TUR");
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "urge", "RUS", "020");
}

/* "Turkey announced a budget which was welcomed by Sweden": a judging
 * verb's passive in a relative clause judges the owner of the thing the
 * clause is about (its possessive, or the subject of the verb that made
 * it); no owner, no target. */
static void relative_clause_judges_the_owner(void **state)
{
    got g;
    run(state,
        "Turkey announced a new budget which was warmly welcomed by "
        "Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    run(state, "Turkey's plan, which was praised by Sweden, failed.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    run(state, "The weather, which was praised by Sweden, was mild.", &g);
    expect_no_code(&g, "051");
}

/* "condemned recent rises in Turkish interest rates": a change in a
 * state's rates, taxes or tariffs judged right after the verb judges
 * the state that set them; a change in what is no policy ("exports")
 * names no one judged. */
static void judged_policy_change_owner(void **state)
{
    got g;
    run(state, "Sweden condemned recent rises in Turkish interest rates.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden welcomed Monday's cut in Turkish import tariffs.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "TUR", "051");
    run(state, "Sweden welcomed the rise in Turkish exports.", &g);
    expect_no_code(&g, "051");
}

/* "Sweden and Russia both condemned Turkey": a quantifier floated after
 * the subject leaves the verb a verb (not the adjective of "the banned
 * group", "all detained prisoners"). */
static void floating_quantifier_before_verb(void **state)
{
    got g;
    run(state, "Sweden and Russia both condemned Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    expect_rel(&g, 1, "SWE", "criticize", "TUR", "111");
    run(state, "They each accused Turkey of lying.", &g);
    assert_int_equal(g.n, 0);
    /* (no mention before "all": "detained" stays an adjective, no
     * arrest) */
    run(state, "Sweden freed all detained prisoners from Turkey.", &g);
    assert_int_equal(g.n, 0);
}

/* "signed an agreement on Monday with Turkey": a when-phrase between the
 * act's noun and the entry's preposition says when; the party follows
 * it. */
static void when_between_act_and_party(void **state)
{
    got g;
    run(state, "Russia signed an agreement on Monday with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
    run(state, "Russia held talks on May 3 with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "negotiate", "TUR", "046");
    /* wire copy's bare day, in an undated story (no date mention):
     * "detonated a car bomb Thursday outside the Australian Embassy"
     * (force) */
    run_dated(state, "Russia detonated a bomb Thursday outside Turkey.",
              NULL, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "bomb", "TUR", "183");
}

/* "the German police and army": a bare state organ right after "and"
 * shares the country that modifies the sector before it; not after an
 * article, and not for other sectors ("German police and protesters") */
static void organs_sharing_a_modifier(void **state)
{
    got g;
    size_t k;
    int army = 0;
    run(state, "The German police and army attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++)
        army += !strcmp(g.code[k], "DEUMIL");
    assert_int_equal(army, 1);
    run(state, "The German police and the army attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.code[k], "DEUMIL");
    run(state, "German police and protesters attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.code[k], "DEUCVL");
}

/* ", and" after a lone actor joins clauses ("killed 11 people, including
 * one Turkish fighter, and the German army visited", "praised Russia's
 * Putin, and Turkey's army attacked"); it ends a list only of three or
 * more ("Syria, Russia, and Turkey attacked"), and "X and Y" is a list
 * ("forces including Turkish fighters and the German army") */
static void including_list_is_no_subject(void **state)
{
    got g;
    run(state,
        "Bombs killed 11 people, including one Turkish fighter, and the "
        "German army visited Syria.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "DEUMIL");
    expect_rel(&g, 0, NULL, "visit", "SYR", "042");
    run(state, "Forces including Turkish fighters and the German army "
               "attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    run(state, "Officials praised Syria and Russia's Putin, and Turkey's army "
               "attacked Israel.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURMIL");
    run(state, "Syria, Russia, and Turkey attacked Israel.", &g);
    assert_int_equal(g.n, 3);
}

/* "exported new cheap light trucks to Turkey", "abandon new global
 * economic relations with": four plain words before the entry's
 * preposition; past them and no preposition an uncoded name is what is
 * dealt in, no party ("its heavy metal trading arm Steel Partners") */
static void four_words_before_the_party(void **state)
{
    got g;
    run(state, "Russia exported new cheap light trucks to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "trade", "TUR", "061");
    run(state, "Russia exported its heavy metal trading arm Steel Partners "
               "for cash.", &g);
    assert_int_equal(g.n, 0);
}

/* "urged on Monday that Turkey free": the one urged is the subject of
 * the "that" clause with a date before it too */
static void urged_on_a_date_that(void **state)
{
    got g;
    run(state, "Russia urged on Monday that Turkey free the prisoners.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "020");
    /* a month or a year after "in" is a date too ("demanded in 2022
     * that"); a place after "in" is not */
    run(state, "Russia urged in 2022 that Turkey free the prisoners.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "020");
    run(state, "Russia urged in March 2023 that Turkey free the prisoners.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "020");
    run(state, "Russia urged in Ankara that Turkey free the prisoners.", &g);
    assert_int_equal(g.n, 0);
}

/* "attacked Syria, the Turkish army in Ankara said", "met Syria,
 * Turkey's neighbour": a bare comma lists only a member the list goes on
 * after ("Syria, Israel and Turkey") */
static void bare_commas_list_only_going_on(void **state)
{
    got g;
    run(state, "Russia attacked Syria, the Turkish army in Ankara said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    run(state, "Russia met Syria, Turkey's neighbour in the south.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "meet", "SYR", "040");
    run(state, "Russia attacked Syria, Israel and Turkey.", &g);
    assert_int_equal(g.n, 3);
}

/* "gave the first batch of its weapons to Syria": an entry with a '*'
 * read past a partitive ("the first of its", "the rest of the") */
static void entries_past_a_partitive(void **state)
{
    got g;
    run(state, "Germany gave the first batch of its weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", "supply", "SYR", "072");
}

/* "shelled the Jabalia refugee camp in northern Gaza", "bombed a Shiite
 * mosque in Kunduz": force against a place kg has no code for, in one it
 * has, hits that place's state */
static void force_on_uncoded_places_in_coded_ones(void **state)
{
    got g;
    run(state, "Russia attacked the Zorbak refugee camp in northern Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    run(state, "Russia attacked a Shiite mosque in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
}

/* "Turkey's president said his army attacked": "his" is the office
 * holder's, whose country owns the organ */
static void organs_of_an_office_holder(void **state)
{
    got g;
    run(state, "Turkey's president said his army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURMIL");
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
}

/* "rebels in the streets of Aleppo", "women and children in Syria": the
 * place an "of" phrase names, or one after a joined plain noun, gives
 * the sector noun its country */
static void sectors_placed_through_of_and_and(void **state)
{
    got g;
    run(state, "Russia attacked rebels in the streets of Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR_REB", "190");
    run(state, "Russia attacked women and children in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR_CVL", "190");
}

/* "German F-16 fighter jets": a model with a number between the
 * country word and the group noun is a modifier, no group's name */
static void numbered_models_before_group_nouns(void **state)
{
    got g;
    run(state, "German F-16 fighter jets attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "DEUMIL");
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
}

/* "opened a criminal investigation", "the criminal court of Syria":
 * "criminal" before a noun of the law is its kind, no criminal */
static void criminal_as_a_kind_of_law(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey attacked the criminal court of Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "SYRCRM"));
}

/* "signed an agreement on energy with Turkey": a phrase inside the
 * object's noun phrase before the entry's preposition is skipped (people
 * of no country in it too: "an agreement on refugees with Turkey"); a
 * place phrase after it attaches to it and names no party */
static void phrase_inside_object_before_party(void **state)
{
    got g;
    run(state, "Russia signed an agreement on energy with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
    run(state, "Russia signed an agreement for closer cooperation with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
    run(state, "Russia signed an agreement on energy security in Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* (people of no country in it are its topic, not the party) */
    run(state, "Russia signed an agreement on refugees with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
    /* (a possessive as the phrase's article) */
    run(state, "Russia signed an agreement on its energy needs with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
    /* (a second thing joined by "and" and its article: "imposed an arms
     * embargo and a flight ban on Afghanistan") */
    run(state, "Russia signed an agreement and a protocol with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
}

/* "the government of Germany warned": the sector the "of" phrase codes
 * is the subject, not the country after "of"; a conjunct before it keeps
 * its own place ("France and the government of Germany") */
static void sector_of_country_subjects(void **state)
{
    got g;
    run(state, "The government of Germany warned Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "threaten", "TUR", "130");
    assert_string_equal(g.code[0], "DEUGOV");
    run(state, "France and the army of Germany attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.code[0], "DEUMIL");
    expect_rel(&g, 1, "FRA", "attack", "SYR", "190");
}

/* "X received N from Y": Y gave N to X, coded as "give N to". */
static void receiving_from_a_giver(void **state)
{
    got g;
    run(state, "Syrian rebels received weapons from Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR_REB", "072");
    run(state, "Syria did not obtain new weapons from the Russian army.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "supply", "SYR", "072");
    assert_true(g.negated[0]);
    /* nothing given "to" anyone: no receipt */
    run(state, "Syria received rebels from Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* got, secured, won: received as well */
    run(state, "Syria got weapons from Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
    run(state, "Syrian rebels secured weapons from Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR_REB", "072");
    run(state, "Syria won an ultimatum from Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ultimatum", "SYR", "139");
    /* had, extracted: a promise held or wrung from its giver */
    run(state, "Syria had a firm promise from Russia that it would help.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "030");
    run(state, "Syria extracted promises from Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "030");
}

/* "gave Pakistan $3 billion", "has loaned Mexico 400 mln dlrs",
 * "pledged Indonesia $500 million": a sum right after the actor a verb
 * gives it to is money given (071) or promised (0331) to that actor,
 * whatever follows the sum; with the lexicon's own noun the entry
 * stays ("gave Syria weapons"). */
static void sums_given_to_an_actor(void **state)
{
    got g;
    run(state, "Turkey gave Syria $3 billion last year.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid_economic", "SYR", "071");
    run(state, "Turkey has loaned Syria 400 mln dlrs to help support an "
               "agricultural credit project.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid_economic", "SYR", "071");
    run(state, "Turkey pledged Syria an additional $500 million.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "pledge", "SYR", "0331");
    /* (a pledge of no sum stays the bare pledge) */
    run(state, "Turkey pledged Syria its help.", &g);
    assert_true(g.n <= 1);
    if (g.n)
        assert_string_equal(g.cameo[0], "030");
    run(state, "Turkey gave Syria weapons.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "072");
}

/* "pledged $10 million to Sudan", "will provide 37.1 mln dlrs to
 * Tanzania": a sum right after the verb and "to" or "for" after the sum
 * is money given (071) or promised (0331) to whom follows
 * (ex_match_bare_sum); a bid "for" a firm is none ("offer * loan" takes
 * only "to"). */
static void sums_given_before_to(void **state)
{
    got g;
    run(state, "Turkey gave $3 billion to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid_economic", "SYR", "071");
    run(state, "Turkey pledged a further 400 mln dlrs for Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "pledge", "SYR", "0331");
    run(state, "Turkey offered 52 dlrs a share for Syria.", &g);
    expect_no_code(&g, "0331");
}

/* A text that ends on an actor and an article ("... gave Syria the"):
 * the lookups past the actor stop at the sentence's end (ex_mention_at;
 * under ASan the long sentence's token array ends right there). */
static void text_ends_after_an_article(void **state)
{
    char text[4096] = "Officials said";
    size_t k;
    got g;
    for (k = 0; k < 80; k++)
        strcat(text, " the long meeting ended");
    strcat(text, " after Turkey gave Syria the");
    run(state, text, &g);
    expect_no_code(&g, "071");
    /* (a title with no name after it: ex_objects' bare title; a longer
     * text, so that the token array ends at it again) */
    strcpy(text, "Officials said");
    for (k = 0; k < 90; k++)
        strcat(text, " the long meeting ended");
    strcat(text, " after Turkey met the President");
    run(state, text, &g);
    run(state, "Turkey told Syria that", &g);
    assert_int_equal(g.n, 0);
}

/* "Sanctions on Syria were imposed by Turkey": the passive of a verb +
 * noun entry whose noun opens the clause. */
static void passive_of_a_verb_and_its_noun(void **state)
{
    got g;
    run(state, "Sanctions on Syria were imposed by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
    /* an actor that opens the sentence is no noun's */
    run(state, "Syria was attacked by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    /* the noun's preposition must be the entry's */
    run(state, "Sanctions against Syria were imposed by Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* the passive subject's head is the entry's noun: "summon *
     * ambassador" (114), not the bare "summon" (040) */
    run(state, "The Turkish ambassador was summoned by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "complain", "TUR", "114");
    run(state, "Turkish soldiers were summoned by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "summon", NULL, "040");
    /* (also past an adverb in the verb group: "was also summoned") */
    run(state, "The Turkish ambassador was also summoned by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "complain", "TUR", "114");
    /* a verb that only verb + noun entries start ("beat * protester"):
     * the passive subject's head completes one */
    run(state, "Syrian protesters were beaten by Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", NULL, "SYR_CVL", NULL);
    run(state, "Syrian protesters were badly beaten by Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", NULL, "SYR_CVL", NULL);
    /* (no such noun, no entry: "Brazil beat Argentina" is no assault) */
    run(state, "Syria was beaten by Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* (the head before "for" or "to" when the actor closes the phrase:
     * "approve * loan", 071, not the bare "approve", 051) */
    run(state, "A loan for Turkey was approved by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "aid_economic", "TUR", "071");
    run(state, "The plan for Turkey was approved by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "endorse", "TUR", "051");
    /* no "by": the actor that modifies the instrument wields it */
    run(state, "Syria was hit with new Turkish sanctions.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
    run(state, "Syria was hit with sanctions.", &g);
    assert_int_equal(g.n, 0);
    /* fire received "from" someone is their criticism, unless they bear
     * arms */
    run(state, "Turkey came under fire from Russia over the deal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Turkey came under fire from the Russian army.", &g);
    assert_int_equal(g.n, 0);
}

/* "South Korea has been under pressure from Washington to revalue the
 * won", "had come under pressure from the United States to": pressure
 * received is the presser's demand (100) on the subject; an armed
 * presser's is force, left alone. */
static void pressure_received_is_a_demand(void **state)
{
    got g;
    run(state, "Turkey has been under pressure from Sweden to revalue the "
               "lira.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
    run(state, "Turkey is also under strong pressure from Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
    run(state, "Turkey came under pressure from the Russian army.", &g);
    assert_int_equal(g.n, 0);
    /* the comma of an aside opens it too */
    run(state, "Turkey, under pressure from Sweden, changed its policy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "TUR", "100");
}

/* "Chile fought back against Peruvian criticism": fighting back against
 * words (accusations, charges, criticism) answers them in words (111, as
 * "hit back at"), no fighting (190); the accuser is the phrase's actor
 * or follows "by"/"from". Fighting back against an army stays 190. */
static void fight_back_against_words(void **state)
{
    got g;
    run(state, "Chile fought back against Syrian criticism of its navy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "CHL", "criticize", "SYR", "111");
    run(state, "Chile fights back at allegations from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "CHL", "criticize", "SYR", "111");
    run(state, "Chile fought back against Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "CHL", "fight", "SYR", "190");
}

/* "Prime Minister Lopez survived two no-confidence votes in Chile's
 * parliament", "survived a no-confidence vote sponsored by the
 * opposition": a vote undergone is the legislature's (or the sponsor's)
 * act aimed at the one who survives it; the legislature after "in" is
 * no target (it was read as one, backwards). */
static void no_confidence_vote_survived(void **state)
{
    got g;
    run(state, "Chilean President Lopez survived two no-confidence votes in "
               "Chile's parliament on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "CHL_LEG", "criticize", "x_lopez", "111");
    run(state, "Chilean President Lopez survived a no-confidence vote "
               "sponsored by the Swedish parliament.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_LEG", "criticize", "x_lopez", "111");
    run(state, "Chilean President Lopez drew no criticism from Sweden.", &g);
    assert_int_equal(g.n, 0);
}

/* "the opposition pressed for the president's removal", "called for the
 * ouster of the president": a demand or call for a leader's removal is
 * one for a change of leadership (1041, 0241), the leader its target. */
static void removal_demanded(void **state)
{
    got g;
    run(state, "Sweden pressed for the Chilean president's removal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "demand", "CHL", "1041");
    run(state, "Sweden called for the ouster of the Chilean president.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "CHL", "0241");
}

/* "called on President Reagan in a non-binding resolution to retaliate
 * against Japan": an -ing adjective after an article in the phrase
 * before "to" is no verb; the act is asked for, not done (was 190
 * asserted). */
static void asked_past_an_ing_adjective(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden called on Turkey in a non-binding resolution to "
               "attack Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack"))
            assert_string_equal(g.modality[k], "demanded");
}

/* "called an emergency meeting at the request of Arab nations": the act
 * was asked for by the actor after "of" (020 to the main clause's
 * subject); an aside's subject ends at its comma. */
static void asked_at_the_request_of(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkey postponed the deadline at the request of Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "020");
    run(state, "At the request of Sweden, Turkey postponed the vote.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "020");
    run(state, "Turkey, at the urging of Sweden, sent troops to Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "urge")) {
            expect_rel(&g, k, "SWE", "urge", "TUR", "020");
            found = 1;
        }
    assert_true(found);
    run(state, "Turkey said the vote, at the request of Sweden, was "
               "postponed.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "urge");
}

/* "despite protests from X": X objects to what the main clause's
 * subject does, before or after it. */
static void despite_protests_from(void **state)
{
    got g;
    run(state, "Turkey boycotted the talks despite sharp criticism from "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Despite criticism from Sweden, Turkey met Putin.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "criticize", "TUR", "111");
    /* no actor after "from": nothing */
    run(state, "Turkey met Putin despite criticism from abroad.", &g);
    assert_int_equal(g.n, 1);
    /* "in spite of" says "despite" */
    run(state, "Turkey boycotted the talks in spite of criticism from "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "In spite of criticism from Sweden, Turkey met Putin.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "criticize", "TUR", "111");
    /* the objector named before the noun ("despite US objections",
     * "despite Colombo's objections": ex_despite_owner) */
    run(state, "Turkey boycotted the talks despite Sweden's protests.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "protest", "TUR", "141");
    run(state, "Despite Sweden's protests, Turkey boycotted the talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "protest", "TUR", "141");
    /* (a singular noun is left out: "despite Sweden's protest vote") */
    run(state, "Turkey boycotted the talks despite Sweden's protest vote.",
        &g);
    assert_int_equal(g.n, 0);
}

/* Index of g's first relation of CAMEO code cameo, or g->n. */
static size_t rel_with_code(const got *g, const char *cameo)
{
    size_t k;
    for (k = 0; k < g->n && strcmp(g->cameo[k], cameo) != 0; k++)
        ;
    return k;
}

/* "Egypt condemned Israel on Monday, calling on Syria to close the
 * border": an appeal verb told as a participle after a comma asks in the
 * main clause's subject's name (ex_subject_of_m), not the actor named
 * right before it; a court after "in" is where a suit was filed, not
 * who alleges. */
static void participle_appeal_is_the_subjects(void **state)
{
    got g;
    size_t k;
    run(state, "Egypt condemned Israel on Monday, calling on Syria to close "
               "the border.", &g);
    k = rel_with_code(&g, "021");
    assert_true(k < g.n);
    expect_rel(&g, k, "EGY", "urge", "SYR", "021");
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "ISR") && !strcmp(g.obj[k], "SYR"));
    run(state, "Britain criticised Japan, urging France to open its "
               "markets.", &g);
    k = rel_with_code(&g, "0211");
    assert_true(k < g.n);
    expect_rel(&g, k, "GBR", "urge", "FRA", "0211");
    /* the main clause's subject is past a short opening phrase
     * (ex_opening_phrase_end): not Egypt */
    run(state, "In a letter to Egypt, Turkey condemned Syria, accusing "
               "Syria of shelling the border.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "accuse", "SYR", "112");
    run(state, "After meeting Egypt, Turkey condemned Syria, urging Syria "
               "to reopen the border.", &g);
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "urge", "SYR", "020");
}

/* "said one official, echoing statements by the chancellor": accord
 * voiced with one's own side (the same code) is no event
 * (ex_accord_with_itself); with another's it is one (019); so is "a
 * package agreed with the IMF" (ex_agreed_participle). */
static void accord_with_itself_is_no_event(void **state)
{
    got g;
    run(state, "The Turkish government echoed Erdogan.", &g);
    assert_int_equal(rel_with_code(&g, "019"), g.n);
    run(state, "The Turkish government echoed Putin.", &g);
    assert_true(rel_with_code(&g, "019") < g.n);
    /* a participle after a noun says what was agreed
     * (ex_agreed_participle) */
    run(state, "Turkey cut its spending under a package agreed with Russia.",
        &g);
    assert_int_equal(rel_with_code(&g, "019"), g.n);
    run(state, "Turkey agreed with Russia.", &g);
    assert_true(rel_with_code(&g, "019") < g.n);
}

/* "investing in U.S. Treasuries", "selling grain to the Spanish market":
 * an actor that only names the securities or the market is no partner
 * of economic cooperation (ex_securities_named). */
static void securities_market_is_no_partner(void **state)
{
    got g;
    run(state, "Sweden sells trucks to the Turkish market.", &g);
    assert_int_equal(rel_with_code(&g, "061"), g.n);
    run(state, "Sweden sells trucks to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
}

/* text gives, among its relations, subj -type-> obj coded code (the first
 * relation of that code). */
static void expect_coded(void **state, const char *text, const char *subj,
                         const char *type, const char *obj, const char *code)
{
    got g;
    size_t k;
    run(state, text, &g);
    k = rel_with_code(&g, code);
    assert_true(k < g.n);
    expect_rel(&g, k, subj, type, obj, code);
}

/* "French police stepped up security at synagogues": a state's security
 * raised (151) or its police deployed (153) with no party named is so at
 * home (FRACOP -> FRA); a military alert (152) is not (it faces a foe
 * the sentence may name elsewhere), nor are rebels' acts. */
static void security_raised_at_home(void **state)
{
    got g;
    size_t k;
    run(state,
        "French police stepped up security at synagogues after the "
        "attacks.",
        &g);
    k = rel_with_code(&g, "151");
    expect_rel(&g, k, NULL, "raise_alert", "FRA", "151");
    assert_string_equal(g.code[k], "FRACOP");
    run(state,
        "British police deployed thousands of extra officers to the "
        "streets.",
        &g);
    expect_rel(&g, rel_with_code(&g, "153"), NULL, "mobilize_police", "GBR",
               "153");
    run(state, "The Pakistani army was put on alert.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.obj[k], "PAK") != 0);
}

/* "Police beat two prisoners to death", "used thousands of civilians as
 * human shields": a group of civilians with no country said, inside the
 * gap of an entry of force (18x), is its victim, as when the entry ends
 * in the people it falls on ("beat * protester"). */
static void civilians_in_an_assault_gap(void **state)
{
    got g;
    run(state, "Police beat two prisoners to death.", &g);
    expect_rel(&g, rel_with_code(&g, "1823"), NULL, "assault", NULL, "1823");
}

/* "withheld deliveries of F-16 fighters and Apache helicopters to Cairo",
 * "put on hold deliveries of rifles, helicopters and other military
 * hardware to Kathmandu": a list of goods after "of", with the model
 * names kg codes no one for, stands between the entry and its
 * preposition. */
static void goods_listed_before_the_party(void **state)
{
    got g;
    run(state,
        "The United States withheld deliveries of rifles, helicopters and "
        "other military hardware to Syria.",
        &g);
    expect_rel(&g, rel_with_code(&g, "162"), "USA", "cut_aid", "SYR",
               "162");
    /* (a dateline gives "army" a country: still the goods' word) */
    run(state,
        "DAMASCUS, March 1 (Reuters) - The United States withheld "
        "deliveries of rifles and other army equipment to Syria.",
        &g);
    expect_rel(&g, rel_with_code(&g, "162"), "USA", "cut_aid", "SYR",
               "162");
}

/* "despite US calls", "despite pressure from Australia": the main
 * clause's subject refuses to yield to the caller (124), also when the
 * main verb is negated ("would not budge": the refusal is the
 * statement); not the object of a preposition ("talks with Ankara"). */
static void despite_calls_defied(void **state)
{
    got g;
    size_t k;
    run(state, "Israel resumed the raids despite strong pressure from "
               "France.",
        &g);
    k = rel_with_code(&g, "124");
    expect_rel(&g, k, "ISR", "reject", "FRA", "124");
    assert_string_equal(g.modality[k], "asserted");
    run(state, "Syria said it would not change course despite Turkish "
               "demands.",
        &g);
    k = rel_with_code(&g, "124");
    expect_rel(&g, k, NULL, "reject", "TUR", "124");
    assert_int_equal(g.negated[k], 0);
    assert_string_equal(g.modality[k], "asserted");
    run(state, "Despite pleas from Germany, Sweden extended its state of "
               "emergency.",
        &g);
    expect_rel(&g, rel_with_code(&g, "124"), "SWE", "reject", "DEU", "124");
    run(state, "The deal to open talks with Turkey came despite a French "
               "demand.",
        &g);
    assert_int_equal(rel_with_code(&g, "124"), g.n);
    /* a ban is defied as a call is */
    run(state, "Syria kept the border open despite a Turkish ban.", &g);
    expect_rel(&g, rel_with_code(&g, "124"), "SYR", "reject", "TUR", "124");
}

/* "Netanyahu turned down an invitation to meet Abbas": the one who
 * refuses an invitation was invited and rejects the meeting (125); the
 * one who extends it invites (026). */
static void invitation_turned_down(void **state)
{
    got g;
    size_t k;
    run(state, "Syria turned down an invitation to Turkey.", &g);
    k = rel_with_code(&g, "125");
    expect_rel(&g, k, "SYR", "reject", "TUR", "125");
    assert_int_equal(rel_with_code(&g, "026"), g.n);
    run(state, "Syria turned down an invitation to visit Turkey.", &g);
    expect_rel(&g, rel_with_code(&g, "125"), "SYR", "reject", "TUR", "125");
    assert_int_equal(rel_with_code(&g, "026"), g.n);
    run(state, "Syria sent an invitation to Turkey.", &g);
    expect_rel(&g, rel_with_code(&g, "026"), "SYR", "invite", "TUR", "026");
    assert_int_equal(rel_with_code(&g, "125"), g.n);
}

/* "the Syrian border town of Manbij": a name the ontology does not know
 * after a nationality, plain words and "town of" is a place of that
 * country; not after a capitalised word or another actor. */
static void unknown_town_of_a_nationality(void **state)
{
    got g;
    size_t k;
    run(state, "The Syrian border town of Qamishlo rejected Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "reject", "TUR", "120");
    assert_string_equal(g.code[0], "SYR");
    run(state, "The Syrian Kurdish town of Qamishlo rejected Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.code[k], "SYR");
}

/* "Russia stopped supplying gas to Ukraine": an act ended is not done
 * (negated); "said it would stop" it refuses it (121), "must stop" does
 * not. */
static void acts_stopped_are_not_done(void **state)
{
    got g;
    /* (a cooperation stopped is the reduction CAMEO names, done: the
     * supply itself is not) */
    run(state, "Russia stopped supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "cut_aid", "SYR", "1622");
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia did not stop supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    run(state, "Russia stopped attacking Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    assert_int_equal(g.negated[0], 1);
    run(state, "Russia said it would stop supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "SYR", NULL);
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia must stop supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "cut_aid", "SYR", "1622");
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Russia resumed supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 0);
}

/* "Moscow could strike if Ukraine attacked Crimea": the act inside an
 * "if" clause is a condition, done by no one: no event code; the main
 * clause after a fronted condition keeps its own. */
static void acts_in_conditions_are_not_events(void **state)
{
    got g;
    size_t k;
    run(state, "Russia warned it would attack Syria if Turkey met Sweden.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    expect_rel(&g, 1, "TUR", "meet", "SWE", "");
    run(state, "If Turkey meets Sweden, Russia will attack Syria.", &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "attack") != 0; k++)
        ;
    expect_rel(&g, k, "RUS", "attack", "SYR", "190");
    expect_rel(&g, rel_with_code(&g, ""), "TUR", "meet", "SWE", "");
}

/* "lifted sanctions it had imposed on Syria": the entry's preposition
 * after a relative clause whose verb takes it. */
static void object_after_a_relative_clause(void **state)
{
    got g;
    run(state, "Turkey lifted sanctions it had imposed on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "SYR", "085");
    run(state, "Turkey lifted sanctions that Russia imposed on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "SYR", "085");
    /* another preposition than the entry's: no object */
    run(state, "Turkey lifted sanctions it had announced in Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "back" after a verb it is the particle of ("pulled back", "brought
 * back", "drew back") is no support. */
static void back_as_a_particle(void **state)
{
    got g;
    run(state, "Turkey backed Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "support", "SWE", "050");
    run(state, "Turkey will back Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "support", "SWE", "050");
    run(state, "Turkey pulled back Syrian rebels from the border.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey drew back Syrian rebels from the border.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey brought back Putin.", &g);
    assert_int_equal(g.n, 0);
    /* the phrasal verb's own entry: de-escalation */
    run(state, "Turkey agreed to scale back its offensive in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deescalate", "SYR", "087");
}

/* "in protest at Turkey's decision": the nearest clause's subject
 * protests against the actor named after the preposition. */
static void in_protest_at(void **state)
{
    got g;
    run(state, "Sweden recalled its ambassador in protest at Turkey's "
               "decision.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "protest", "TUR", "141");
    /* an act of conflict with no party of its own is aimed at the one
     * protested against, and is the event ("Beijing called off the talks
     * in protest at Taiwan President Lee's visit"): no 141 beside it */
    run(state, "Sweden suspended the talks in protest at Turkey's decision.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "halt_talks", "TUR", "164");
    /* not across a clause whose subject kg does not know */
    run(state, "The trial of Putin was adjourned after witnesses refused to "
               "appear in protest at Turkey's decision.",
        &g);
    assert_int_equal(g.n, 0);
}

/* Domestic protest: a country's own people protesting against what only
 * its state does (the regime, a law, the police) protest against their
 * government; a nationality that protests is its people (CVL); an
 * actor named is the target, and no words of the state give none. */
static void protest_against_own_government(void **state)
{
    got g;
    /* (the regime: change of regime, 1414) */
    run(state, "Syrian merchants protested against the regime.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "1414");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRGOV\""));
    /* a law: policy change (1412) */
    run(state, "Syrian merchants protested against the new tax law.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "1412");
    /* an act only their state does at home: the closure of a paper */
    run(state, "Syrian merchants protested on Tuesday against the "
               "closure of a newspaper.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRGOV\""));
    /* where, then when, then nothing more: still at their state */
    run(state, "Syrian merchants protested in the old market on Monday, "
               "demanding lower taxes.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    /* but not when the sentence goes on: the aim's words are past
     * those read */
    run(state, "Syrian merchants protested in the old market on Monday "
               "to demand the return of workers held in Gaza.",
        &g);
    assert_int_equal(g.n, 0);
    /* an end to army rule: their own regime, not the army as a party */
    run(state, "Syrian merchants protested on Monday to demand an end to "
               "army rule.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "1414");
    /* the police named without a country are theirs */
    run(state, "Syrian merchants protested against the police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR_COP", "141");
    run(state, "Thousands of Israelis protested against the government.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR_CVL", "protest", "ISR", "141");
    assert_string_equal(g.code[0], "ISRCVL");
    /* a demonym in "-ese" is its own plural after a count */
    run(state, "Thousands of Congolese protested against the government.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "COD_CVL", "protest", "COD", "141");
    /* an actor named owns what is protested */
    run(state, "Israelis protested against the law passed by the Syrian "
               "parliament.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR_CVL", "protest", "SYR_LEG", "141");
    /* nothing of the state named; a country's name is no crowd */
    run(state, "Syrian merchants protested against the war.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria protested against the new tax law.", &g);
    assert_int_equal(g.n, 0);
    /* a sector named with no country that is no state organ is no
     * party ("walked out of hospitals"); a release demanded is the
     * state's to grant */
    run(state, "Syrian merchants went on hunger strike with refugees "
               "against the new tax law.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "1422");
    run(state, "Syrian detainees went on hunger strike to demand the "
               "release of their leaders.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    /* shortages: the state's policy (1412) */
    run(state, "Syrian merchants took to the streets against fuel "
               "shortages.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "1412");
}

/* "Syria's request was denied by Turkey": a passive whose subject is a
 * noun the actor owns reads that noun's entry ("deny * request", 120), as
 * "the Syrian request was denied" would, not the bare verb. */
static void owned_noun_before_a_passive(void **state)
{
    got g;
    run(state, "Syria's request was denied by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "120");
    /* (the owned noun before the phrases that qualify it) */
    run(state, "Syria's request for tents for the winter was denied by "
               "Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "120");
}

/* "let UN peacekeepers into Darfur": an actor that ends where the entry
 * does (its last noun, "peacekeepers", the actor's own) is the one let
 * in, not the place after the entry's preposition (see let_into_own_land
 * for an actor inside the gap). */
static void actor_ending_the_entry_is_its_object(void **state)
{
    got g;
    run(state, "Syria let NATO peacekeepers into Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", NULL, "0861");
    assert_non_null(strstr(g.json[0], "\"code\":\"IGOWSTNATMIL\""));
}

/* "expelled 13 aid agencies from Darfur": the agencies a withdrawal of aid
 * names are whom it hits ("from" gives only where from), a plural in
 * -ies ("agencies") the entry's "agency". */
static void expelled_agencies_are_the_object(void **state)
{
    got g;
    run(state, "Syria expelled 13 international aid agencies from Idlib.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "withdraw", NULL, "1663");
    assert_non_null(strstr(g.json[0], "\"object\":{\"id\":\"UNK_NGO\""));
    run(state, "Syria expelled foreign aid workers from Idlib.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "withdraw", NULL, "1663");
    assert_non_null(strstr(g.json[0], "\"object\":{\"id\":\"UNK_NGO\""));
}

/* "its euro zone partners", "eurozone finance ministers": the euro's
 * members acting as one are the EU (IGOEUREEC); the zone alone is no
 * actor ("eurozone inflation"). */
static void euro_zone_members_are_the_eu(void **state)
{
    got g;
    run(state, "Turkey asked its euro zone partners for help.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "urge", "EU", NULL);
    run(state, "Eurozone finance ministers urged Turkey to act.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "EU", "urge", "TUR", NULL);
    run(state, "Turkey asked eurozone inflation for help.", &g);
    assert_int_equal(g.n, 0);
}

/* "Israel opened the Kerem Shalom crossing to allow aid trucks into
 * Gaza": a site the verb acted on does not act; the clause's subject
 * does the infinitive after it. */
static void acted_site_is_no_subject(void **state)
{
    got g;
    size_t k;
    int seen = 0;
    run(state, "Russia opened the Aleppo crossing to allow convoys into "
               "Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "allow_access")) {
            expect_rel(&g, k, "RUS", "allow_access", "SYR", "0863");
            seen = 1;
        }
    assert_true(seen);
}

/* Sanctions kept ("will keep its embargo on Syria in place",
 * "maintained its sanctions", "its embargo on Syria would stay in
 * place") are sanctions not eased, a refusal (1244), not new ones
 * (163). */
static void sanctions_kept_are_not_eased(void **state)
{
    got g;
    run(state, "Turkey will keep its embargo on Syria in place.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1244");
    run(state, "Turkey said its embargo on Syria would stay in place.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1244");
    run(state, "Turkey said its embargo on Syria would hurt.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
}

/* A protest's date ("in 2012", "in January 2012") names no one: the
 * protest is still aimed at home; one "to force" or "to press" a leader
 * ("from office", "to quit") is aimed at that leader, for a change of
 * leadership (1421), and "to force the government" is no armed force. */
static void protest_dates_and_pressed_leaders(void **state)
{
    got g;
    run(state, "Syrian merchants went on hunger strike in 2022.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "142");
    run(state, "Turkish merchants went on hunger strike to force Erdogan "
               "from office.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_BUS", "protest", "person_recep_tayyip_erdogan",
               "1421");
    run(state, "Turkish merchants went on hunger strike to press Erdogan "
               "to quit.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_BUS", "protest", "person_recep_tayyip_erdogan",
               "1421");
    run(state, "Syrian merchants went on hunger strike to force the "
               "government to act.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "142");
}

/* A street protest by a country's own people that names nothing (a
 * date, a place of theirs at most) is aimed at their state; so is a
 * strike or a hunger strike (its employer or jailer is of the same
 * country but when named: "in Turkish jails").  "marched",
 * "demonstrated", "rallied" are protests only with protesters as their
 * subject.  Civilians who occupy or blockade obstruct passage (144). */
static void street_protests_at_home(void **state)
{
    got g;
    run(state, "Syrian merchants took to the streets on Sunday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRGOV\""));
    run(state, "Syrian merchants went on hunger strike.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "142");
    /* pay is the state's or a firm's of the country: no policy code;
     * a trade before the group noun keeps the sector */
    run(state, "Syrian rail workers went on hunger strike over pay.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "142");
    /* held by another state: the jailer */
    run(state, "Syrian detainees in Turkish jails went on hunger strike.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "142");
    run(state, "Syrian detainees in Syrian jails went on hunger strike.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    /* inmates are civilians, as detainees */
    run(state, "Syrian inmates in Turkish jails went on hunger strike.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "142");
    run(state, "Syrian inmates went on hunger strike.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    /* an aim to protest that names no one, as "to demand" */
    run(state, "Syrian merchants went on hunger strike to protest the "
               "closure of their shops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "142");
    run(state, "Syrian merchants took to the streets against the war.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Thousands of Syrians marched through Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    /* how long they marched is no party: "for a 20th straight Friday",
     * "for hours", "for two weeks" */
    run(state, "Thousands of Syrians marched for a 20th straight Friday "
               "demanding lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    /* (a state organ a verb acts on is no protester: "to protest" is
     * the farmers', who have no country here) */
    run(state, "Farmers stoned a policeman to protest against Syria.", &g);
    assert_int_equal(g.n, 0);
    /* (the city they marched to is where, not whom at) */
    run(state, "Thousands of Syrian farmers marched to Damascus on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_AGR", "protest", "SYR", "141");
    run(state, "Thousands of Syrians marched through Damascus for hours.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    /* (food that a noun after it makes a modifier is no meal refused:
     * "refused to keep paying food subsidies") */
    run(state, "Syrian prisoners refused their food.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    run(state, "Syrian workers refused to keep paying food subsidies.", &g);
    assert_int_equal(g.n, 0);
    /* (a strike voted for is not held yet: a threat of one, 133) */
    run(state, "Syrian workers voted overwhelmingly to go on strike.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "133");
    run(state, "Syrian merchants went on strike for two weeks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "143");
    run(state, "The Syrian army marched through Damascus.", &g);
    assert_int_equal(g.n, 0);
    /* an aim that names no one after where they marched is no target
     * of its own: the state still is */
    run(state, "Thousands of Syrians marched through Damascus to demand "
               "lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Thousands of Syrians marched through Damascus demanding "
               "lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    /* "calling on" a leader to resign: the one called on, one event
     * (no urge of its own, comma or none) */
    run(state, "Thousands of Syrians marched through Damascus calling on "
               "President Bashar al-Assad to resign.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", NULL, "1411");
    /* and right after the trigger, with no place between */
    run(state, "Syrian detainees went on hunger strike to demand an end "
               "to power sharing.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    /* "to" + a verb after the place is a purpose, no "protest to" */
    run(state, "Thousands of Syrians protested in Damascus to win lower "
               "fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Turkey protested in Ankara to the Syrian ambassador.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "complain", NULL, "114");
    /* protesters who gather demonstrate; a people or leaders that
     * gather may mourn or meet */
    run(state, "Hundreds of Syrian protesters gathered in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Thousands of Syrians gathered in Damascus.", &g);
    assert_int_equal(g.n, 0);
    /* unless the gathering goes on with a demand or chanted slogans;
     * and "gathered outside" names whom (not a mourning) */
    run(state, "Thousands of Syrians gathered in Damascus, demanding "
               "lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Thousands of Syrians gathered in Damascus to mourn.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Hundreds of Syrian protesters gathered outside the Turkish "
               "embassy in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", NULL, "141");
    run(state, "Syrian detainees occupied the parliament.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR_LEG", "144");
    run(state, "Syrian detainees blockaded the border with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "144");
    run(state, "Syria blockaded the border with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "blockade", "TUR", "191");
}

/* An unnamed armed group takes the dateline's (or the article's) country
 * only when the sentence names no other country as a place: rebels who
 * hold a convoy at a Syrian airport in a story filed from Ankara are
 * Syria's, and those who attack Russia's embassy are no one's named
 * (since 2026-11-22: both were Turkey's); with no other name, the
 * dateline's still. */
static void armed_groups_not_the_datelines(void **state)
{
    got g;
    run(state, "ANKARA, May 3 (Reuters) - Russia attacked rebels who held "
               "a convoy at Aleppo airport.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR_REB", NULL);
    run(state, "ANKARA, May 3 (Reuters) - Rebels attacked Russia's "
               "embassy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "attack", "RUS", NULL);
    run(state, "ANKARA, May 3 (Reuters) - Rebels attacked the police.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", "attack", NULL, NULL);
}

/* Rebels, insurgents or gunmen named with no country take the country
 * where the clause places their violence ("in", "near" a place past the
 * object); not one of a later clause ("after talks in Damascus") nor one
 * the violence is aimed into. */
static void irregulars_of_the_place(void **state)
{
    got g;
    run(state, "Rebels attacked Turkey's embassy in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, "TUR", NULL);
    run(state, "Insurgents killed Turkish civilians near Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, NULL, NULL);
    /* (a capital's site: "in a crowded Damascus suburb") */
    run(state, "Insurgents killed Turkish journalists in a crowded Damascus "
               "suburb.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, NULL, NULL);
    /* (a nationality before a town's noun names a place: "near the
     * Syrian town"; not a border, which is both sides') */
    run(state, "ANKARA, May 3 (Reuters) - Insurgents killed Turkish "
               "civilians near the Syrian town.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, NULL, NULL);
    run(state, "ANKARA, May 3 (Reuters) - Insurgents killed Turkish "
               "civilians near the Syrian border.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", NULL, NULL, NULL);
    run(state, "Rebels attacked Turkey's embassy after talks in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", NULL, "TUR", NULL);
    /* (a speech verb ends the clause of the violence) */
    run(state, "Rebels attacked Turkey's embassy, officials said in "
               "Damascus.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "UNK_REB", NULL, "TUR", NULL);
    /* a state's police, and its troops named by their side alone
     * ("government forces"), are the place's own; plain "forces" may be
     * a foreign army's */
    run(state, "Police attacked Turkish journalists in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", NULL, NULL, NULL);
    run(state, "Government forces attacked Turkey's embassy in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", NULL, "TUR", NULL);
    /* (a nationality before a noun of settlement: "in the northern
     * Syrian city of Homs") */
    run(state, "Rebels attacked Turkish journalists in the northern Syrian "
               "city of Homs.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, NULL, NULL);
    run(state, "Government forces attacked Turkish journalists in a Syrian "
               "village.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", NULL, NULL, NULL);
    run(state, "Rebels attacked Syrian journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", NULL, NULL, NULL);
    run(state, "Forces attacked Turkey's embassy in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_MIL", NULL, "TUR", NULL);
    /* a compass point with "of" places the act alone: "killed ...
     * pilgrims south of Baghdad" (2026-11-22) */
    run(state, "Insurgents killed Turkish civilians south of Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, NULL, NULL);
    /* "across" or "throughout" a country spreads the act over it:
     * "launched strikes at United States and Iraqi outposts across
     * Iraq" (real news, 2026-11-23) */
    run(state, "Insurgents attacked Turkish outposts across Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, "TUR", NULL);
    run(state, "Insurgents attacked Turkish outposts throughout Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", NULL, "TUR", NULL);
    /* (a day after the capital names no thing of it: "fought a
     * gunbattle with insurgents along a busy street in Baghdad today") */
    run(state, "Turkish troops fought rebels on a busy street in Damascus "
               "today.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SYR_REB", NULL);
}

/* "Indian and Pakistani troops", "Israeli and Palestinian officials": the
 * first country word shares the second's group noun. */
static void coordinated_country_words_share_the_noun(void **state)
{
    got g;
    size_t k;
    int seen = 0;
    run(state, "Syrian and Turkish forces attacked the rebels.", &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++) {
        if (!strcmp(g.subj[k], "SYR_MIL"))
            seen |= 1;
        if (!strcmp(g.subj[k], "TUR_MIL"))
            seen |= 2;
    }
    assert_int_equal(seen, 3);
    /* ("US and Turkish forces": capital initials stand as the adjective,
     * before a state organ only: "the US and Syrian rebels" are two) */
    run(state, "US and Turkish forces attacked the rebels.", &g);
    for (k = 0, seen = 0; k < g.n; k++) {
        if (!strcmp(g.subj[k], "USA_MIL"))
            seen |= 1;
        if (!strcmp(g.subj[k], "TUR_MIL"))
            seen |= 2;
    }
    assert_int_equal(seen, 3);
    run(state, "Fighting between the US and Syrian rebels continued.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "USA", "fight", "SYR_REB", "190");
}

/* "a Jerusalem cafe", "a Kabul hotel": a capital before a site it holds
 * names where the site is, the country, not the government acting. */
static void capital_before_a_site(void **state)
{
    got g;
    run(state, "A Damascus hotel welcomed Turkish tourists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", NULL);
    assert_string_equal(g.code[0], "SYR");
    run(state, "Damascus welcomed Turkish tourists.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
}

/* "broke the truce by shelling Ukrainian positions": a truce is broken
 * against the side its means hits; a truce named after a day kg has no
 * code for ("the Easter truce") is no party. */
static void truce_broken_by_means(void **state)
{
    got g;
    size_t k;
    run(state, "Syrian forces violated the truce by attacking Turkish "
               "troops.",
        &g);
    k = rel_with_code(&g, "196");
    assert_true(k < g.n);
    expect_rel(&g, k, "SYR_MIL", "violate_ceasefire", "TUR", "196");
    run(state, "Syrian forces violated the Easter truce on Sunday by "
               "attacking Turkish troops.",
        &g);
    k = rel_with_code(&g, "196");
    assert_true(k < g.n);
    expect_rel(&g, k, "SYR_MIL", "violate_ceasefire", "TUR", "196");
}

/* Armed men shot dead are a fight with small arms (193); unarmed people
 * shot dead are killed (1823). */
static void armed_men_shot_dead_fight(void **state)
{
    got g;
    run(state, "Syrian forces shot dead five Turkish rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", "TUR_REB", "193");
    run(state, "Syrian forces shot dead five Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", "TUR_MED", "1823");
}

/* The killing of an office holder or a leader is an assassination (186):
 * the title stands in the object or right after it; army titles, and a
 * title in the possessive ("the president's bodyguards"), do not count. */
static void killed_office_holder_assassinated(void **state)
{
    got g;
    run(state, "Rebels shot dead the Turkish minister.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "assassinate", "TUR", "186");
    run(state, "Syrian forces killed Turkish Supply Minister Ali Veli.", &g);
    assert_int_equal(g.n, 1);
    /* (the minister himself, TURGOV: was the country word, TUR) */
    expect_rel(&g, 0, "SYR_MIL", "assassinate", "x_ali_veli", "186");
    assert_non_null(strstr(g.json[0], "\"code\":\"TURGOV\""));
    run(state, "Syrian forces killed a Turkish general.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", NULL, "190");
    run(state, "Syrian forces killed five Turkish rebels, the president said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", "TUR_REB", "190");
    /* (a subject named by its weapon keeps the weapon's code) */
    run(state, "A Syrian drone killed the Turkish minister.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "kill", NULL, NULL);
    /* (the passive: the title in the victim's words before the verb) */
    run(state, "Turkish Supply Minister Ali Veli was shot dead by Syrian "
               "forces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "assassinate", NULL, "186");
    run(state, "A Turkish general was killed by Syrian forces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", NULL, "190");
}

/* A killing of an office holder only tried for ("in a failed effort to
 * kill", "in a bid to kill") is an attempted assassination (185), as
 * "tried to kill" is; soldiers only tried for stay a fight (190). */
static void tried_killing_of_office_holder(void **state)
{
    got g;
    run(state, "Rebels bombed a convoy in a failed effort to kill Turkish "
               "Supply Minister Ali Veli.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "UNK_REB", "assassinate", "x_ali_veli", "185");
    run(state, "Rebels bombed a convoy in an attempt to kill Turkish Supply "
               "Minister Ali Veli.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "UNK_REB", "assassinate", "x_ali_veli", "185");
    run(state, "Rebels shelled a camp in a bid to kill Turkish soldiers.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "UNK_REB", "kill", NULL, "190");
}

/* A "that" right before a finite verb, after a plural or a group's noun
 * with no comma, is a relative pronoun: its verb's subject is that actor
 * ("an Islamic militant group that claimed to have kidnapped"); a "that"
 * before a clause's own subject opens a complement clause. */
static void relative_that_after_a_group(void **state)
{
    got g;
    run(state, "Syrian rebels that attacked Turkey's embassy released a "
               "video.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
    run(state, "Syria told the rebels that Turkey attacked Iraq.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "TUR", "attack", NULL, NULL);
}

/* A passive verb's agent after "by" may carry a describing word kg has
 * no name for ("by unidentified gunmen", "by suspected rebels"). */
static void passive_agent_after_describing_words(void **state)
{
    got g;
    run(state, "Turkey was attacked by unidentified rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "attack", "TUR", "190");
    run(state, "Turkey was attacked by suspected Islamist insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "attack", "TUR", "190");
    /* a count before the agent ("raped by three U.S. servicemen") */
    run(state, "Turkey was attacked by three Syrian forces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    run(state, "Turkey was attacked by 200 Syrian forces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    /* a "by" after "after" is that phrase's: no agent of the verb */
    run(state, "Turkey was attacked after a warning by Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "brushed aside the latest American ideas", "rejected the recent
 * Syrian proposal": a word of how recent a state's word is stands between
 * the verdict and the state. */
static void verdict_on_latest_state_word(void **state)
{
    got g;
    run(state, "Turkey rejected the latest Syrian proposal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "120");
    run(state, "Turkey welcomed the recent Syrian initiative.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "051");
}

/* "praised the leadership of Chancellor Kohl", "welcomed the decision
 * of the Fed": praise of a deed noun whose "of" names its doer is aimed
 * at the doer; after "the release of" the actor is the one released, no
 * one praised. */
static void praise_of_deed_by_doer(void **state)
{
    got g;
    run(state, "Turkey praised the courageous leadership of Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "051");
    run(state, "Turkey welcomed the decision of Syria to open talks.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "051");
    run(state, "Turkey welcomed the release of Syrian prisoners.", &g);
    assert_int_equal(g.n, 0);
}

/* An accord named after a city ("the Damascus accords") is what is
 * rejected or signed, not the city's state; a city after the accord is
 * still a party ("signed an agreement with Damascus"). */
static void accords_named_after_cities(void **state)
{
    got g;
    run(state, "Turkey rejected the Damascus accords.", &g);
    assert_int_equal(g.n, 0);
    /* (what the accord is about between: "the Lusaka peace protocol") */
    run(state, "Turkey rejected the Damascus peace protocol.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey condemned the Damascus agreement.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey signed the Damascus agreement.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey rejected Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "120");
}

/* "Syria's state security police": "state" and "security" between a
 * country's possessive and its group noun modify the noun, which stays
 * the country's (not a state of no country, then police of none). */
static void state_security_modifies_the_group(void **state)
{
    got g;
    run(state, "Syria's state security police detained two Turkish "
               "journalists.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", NULL, NULL, "173");
    run(state, "Syria's security police detained two Turkish journalists.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", NULL, NULL, "173");
}

/* The people an assault's pattern names ("beat * protester") are its
 * victims, the entry's object, not what the actor moves. */
static void assault_pattern_names_its_victims(void **state)
{
    got g;
    run(state, "Syrian police beat protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", NULL, "SYR_CVL", "175");
}

/* The armed men a pattern of force names ("drive out * insurgent") are
 * whom the force is used against, with no country of their own too. */
static void force_pattern_names_its_foes(void **state)
{
    got g;
    run(state, "The Turkish army drove out the insurgents on Sunday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "UNK_REB", "190");
    run(state, "The Turkish army is driving out insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "UNK_REB", "190");
}

/* Ground retaken from an armed side named after "from" is taken by
 * fighting it (190, ex_taken_from_armed); a town retaken from no one
 * named stays the occupation (192), and a town far back in the sentence
 * does not wage the campaign whose purpose the infinitive tells. */
static void ground_taken_from_armed_side(void **state)
{
    got g;
    run(state, "The Turkish army retook the border town from Islamic rebels.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "UNK_REB", "190");
    run(state, "The Turkish army retook Aleppo on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "occupy", "place_syr_aleppo", "192");
    run(state, "The Turkish army pushed into Aleppo on Monday, clearing "
               "streets, on the third day of an offensive to retake the "
               "city from the rebels.",
        &g);
    assert_true(g.n >= 1);
    /* (rebels of the place pushed into: armed_move_into_a_place_sets_the_act) */
    expect_rel(&g, g.n - 1, "TUR_MIL", "attack", "SYR_REB", "190");
}

/* Pushing into a town is an advance, no demand: the infinitive of an
 * offensive after it is done, not asked for (ex_push_moves); pushing an
 * actor to act still asks it. */
static void push_into_is_no_demand(void **state)
{
    got g;
    size_t q;
    run(state, "The Turkish army pushed deeper into Aleppo in an offensive "
               "to drive out insurgents.",
        &g);
    assert_true(g.n >= 1);
    /* (rebels of the place pushed into: armed_move_into_a_place_sets_the_act) */
    expect_rel(&g, g.n - 1, "TUR_MIL", "attack", "SYR_REB", "190");
    run(state, "Russia pushed Turkey to drive out insurgents.", &g);
    assert_true(g.n >= 1);
    for (q = 0; q < g.n; q++)
        assert_false(!strcmp(g.cameo[q], "190") &&
                     !strcmp(g.modality[q], "asserted"));
}

/* An actor after "blamed on" is the supposed doer of the act of force
 * laid on it, never its target (ex_blamed_doer); a raid on an actor
 * keeps it. */
static void blamed_doer_is_no_target(void **state)
{
    got g;
    size_t q;
    run(state, "Turkey's raids blamed on Syrian extremists went on.", &g);
    for (q = 0; q < g.n; q++)
        assert_string_not_equal(g.cameo[q], "190");
    run(state, "Turkey's raids on Syrian extremists went on.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.cameo[g.n - 1], "190");
}

/* A fight that a judgement or a dispute is about ("critical of the
 * raid", "the row over the decision to attack") is a topic named, not
 * the news told: no event code (ex_judged_topic_noun). */
static void judged_fight_is_a_topic(void **state)
{
    got g;
    size_t q;
    run(state, "Turkey was critical of President Assad and the Syrian raid "
               "on Aleppo.",
        &g);
    for (q = 0; q < g.n; q++)
        assert_string_not_equal(g.cameo[q], "190");
    run(state, "The row over Syria's decision to attack Turkey grew.", &g);
    for (q = 0; q < g.n; q++)
        assert_string_not_equal(g.cameo[q], "190");
    run(state, "The Syrian raid on Aleppo began on Monday.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.cameo[g.n - 1], "190");
}

/* "Russia, Turkey meet in Sochi": a headline joins two actors with a
 * comma where prose says "and"; each meets the other.  Not an
 * apposition ("Halcyon, a New York partnership") nor attribution
 * ("Turkey, Sweden says, ..."). */
static void headline_comma_pair(void **state)
{
    got g;
    run(state, "Sweden, Turkey meet in Stockholm", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "meet", "SWE", "040");
    expect_rel(&g, 1, "SWE", "meet", "TUR", "040");
    run(state, "Sweden, Turkey sign an agreement on trade", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "sign", NULL, "057");
    run(state, "Sweden, the Turkish ally, meets Russia", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "RUS", "040");
}

/* A capital before a sector noun of justice or order names the state's
 * court or police ("a Damascus court" is SYRJUD); the capital alone
 * stays the government. */
static void capital_court_and_police(void **state)
{
    got g;
    run(state, "A Damascus court detained two Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_JUD", "arrest", NULL, "173");
    run(state, "Damascus police detained two Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", "arrest", NULL, "173");
    run(state, "Damascus detained two Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
}

/* A wire story's dateline names where it happens: "the government" of a
 * story filed from Damascus is Syria's when the text names no country of
 * its own more than once; a country the text names twice wins, and a
 * dateline of no country ("UNITED NATIONS") gives none. */
static void dateline_gives_the_home_country(void **state)
{
    got g;
    run(state, "The government rejected a Turkish request for talks.", &g);
    assert_int_equal(g.n, 0);
    run(state,
        "DAMASCUS, May 3 (Reuters) - The government rejected a Turkish "
        "request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "120");
    assert_string_equal(g.code[0], "SYRGOV");
    run(state,
        "ANKARA, May 3 (Reuters) - Syria said Syria would act. The "
        "government rejected a Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    run(state,
        "UNITED NATIONS, May 3 (Reuters) - The government rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 0);
    /* a town kg does not know, then its country: the country's */
    run(state,
        "QAMISHLIYAH, Syria, May 3 (Reuters) - The government rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    /* (a town kg does not know, filed with its country: "COTABATO,
     * Philippines, July 9 (AFP) -") */
    run(state,
        "QAMISHLI, Syria, May 3 (Reuters) - The government rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
}

/* A dateline kept apart from the text (kg_doc.dateline, the JSONL
 * "dateline" field of Reuters-21578) is read as one opening it; the
 * offsets stay the text's own.  run_with_dateline: the relations of a
 * fixed text under dateline; their number. */
static size_t run_with_dateline(void **state, const char *dateline, got *g)
{
    static const char text[] = "The government rejected a Turkish request "
                               "for talks.";
    kg_doc doc;
    memset(&doc, 0, sizeof(doc));
    doc.id = "d";
    doc.path = "d";
    doc.text = text;
    doc.len = strlen(text);
    doc.date = "1987-02-26";
    doc.dateline = dateline;
    memset(g, 0, sizeof(*g));
    assert_int_equal(kg_extract_doc(*state, &doc, collect, g, NULL), KG_OK);
    return g->n;
}

static void metadata_dateline_gives_the_home_country(void **state)
{
    got g;
    assert_int_equal(run_with_dateline(state, "DAMASCUS, Feb 26 -", &g), 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "120");
    assert_string_equal(g.code[0], "SYRGOV");
    assert_non_null(strstr(g.json[0], "\"start\":4,"));
    /* a US state, as wire copy abbreviates it, places its town
     * (Birmingham alone is Britain's); in any case, on any punctuation */
    assert_int_equal(
        run_with_dateline(state, "BIRMINGHAM, Ala., Feb 26 -", &g), 1);
    assert_string_equal(g.code[0], "USAGOV");
    assert_int_equal(run_with_dateline(state, "Damascus, Feb 26", &g), 1);
    assert_string_equal(g.code[0], "SYRGOV");
    /* a dateline of no country gives none, nor one from the seat of
     * the EC's bodies */
    assert_int_equal(
        run_with_dateline(state, "UNITED NATIONS, Feb 26 -", &g), 0);
    assert_int_equal(run_with_dateline(state, "BRUSSELS, Feb 26 -", &g), 0);
}

/* AG News writes a dateline as a bare place in capitals and a hyphen
 * ("BAGHDAD - Gunmen ambushed"), which the text stage cannot tell from a
 * headline ("NATO - Russia talks"): a place or country of the gazetteer
 * so written opening the story is its dateline; anything else is not
 * (nor a hyphen inside a word). */
static void bare_capital_dateline(void **state)
{
    static const char *const none[] = {"NATO - ", "UNITED NATIONS - ",
                                       "DAMASCUS-"};
    const char *rest = "Two bombs exploded on Sunday. The government "
                       "rejected a Turkish request for talks.";
    char text[256];
    size_t i;
    got g;
    snprintf(text, sizeof(text), "DAMASCUS - %s", rest);
    run(state, text, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", NULL);
    assert_string_equal(g.code[0], "SYRGOV");
    for (i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
        snprintf(text, sizeof(text), "%s%s", none[i], rest);
        run(state, text, &g);
        assert_int_equal(g.n, 0);
    }
}

/* "A spokesman for the Santos Port said": a capitalised name does not
 * run on into a lower-case verb or pronoun, so "Port said" is no Port
 * Said (EGY), which stays a place when written so. */
static void name_stops_at_a_lower_case_verb(void **state)
{
    got g;
    run(state, "The Santos Port said it condemned Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Port Said said it condemned Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "place_egy_port_said", NULL, "SYR", "111");
    assert_string_equal(g.code[0], "EGY");
}

/* A president or prime minister kg does not know, titled with no
 * country, leads the story's country: the dateline's here; a minister
 * below them only the dateline's. */
static void unknown_president_of_the_dateline(void **state)
{
    got g;
    run(state, "President Ahmed Zaki rejected a Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "");
    run(state,
        "DAMASCUS, May 3 (Reuters) - President Ahmed Zaki rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    run(state,
        "DAMASCUS, May 3 (Reuters) - Prime Minister Ahmed Zaki rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    /* any minister of it too, under its dateline ("BAKU (AFP) - ...,
     * Defence Minister Safar Abiyev said"); without one a minister stays
     * uncoded (an article about US trade names Japan's ministers) */
    run(state,
        "DAMASCUS, May 3 (Reuters) - Supply Minister Ahmed Zaki rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "Syria wants grain. Syria needs grain. Supply Minister Ahmed "
               "Zaki rejected a Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "");
}

/* A president of a union or a firm leads no state, also when his title
 * is graded ("vice president"), his body named by its legal suffix
 * only, by "its" / "their" after it, or by an acronym kg does not know
 * ("DSE President"). */
static void body_president_leads_no_state(void **state)
{
    static const char *const texts[] = {
        "DAMASCUS, May 3 (Reuters) - United Dock Workers vice president "
        "Ahmed Zaki rejected a Turkish request for talks.",
        "DAMASCUS, May 3 (Reuters) - The dock workers said their president "
        "Ahmed Zaki rejected a Turkish request for talks.",
        "DAMASCUS, May 3 (Reuters) - Halvorsen Trading (Norway) Corp "
        "president Ahmed Zaki rejected a Turkish request for talks.",
        "DAMASCUS, May 3 (Reuters) - DSE President Ahmed Zaki rejected a "
        "Turkish request for talks.",
    };
    size_t k;
    got g;
    for (k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
        run(state, texts[k], &g);
        assert_int_equal(g.n, 1);
        assert_string_equal(g.code[0], "");
    }
    /* (the state's own vice president leads it) */
    run(state,
        "DAMASCUS, May 3 (Reuters) - Vice President Ahmed Zaki rejected a "
        "Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
}

/* "the Finance Ministry said": a ministry kg does not know by name is a
 * state's organ (GOV), of the place its people are in, else of the
 * article's country when the sentence names no other; never the United
 * States' (its ministries are departments). */
static void unknown_ministry_takes_the_home_country(void **state)
{
    got g;
    run(state, "The Supply Ministry rejected a Turkish request for talks.",
        &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
    run(state, "Syria wants grain. Syria needs grain. The Supply Ministry "
               "rejected a Turkish request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "reject", "TUR", "120");
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "Supply Ministry officials in Damascus rejected a Turkish "
               "request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "The United States wants grain. The United States needs "
               "grain. The Supply Ministry rejected a Turkish request for "
               "talks.",
        &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
}

/* "an accord reached last March between Italy and Algeria", "its March
 * sales": the capitalised month is no protest march; a name's last word
 * ("the Million Man March") and the noun in lower case are. */
static void month_march_is_no_protest(void **state)
{
    got g;
    size_t k;
    run(state, "An agreement reached last March between Sweden and Turkey "
               "covers steel.",
        &g);
    expect_no_code(&g, "141");
    run(state, "Thousands of Syrians staged a march against Turkey.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.cameo[0], "141");
    run(state, "Thousands of Syrians joined the Unity March against "
               "Turkey.",
        &g);
    for (k = 0; k < g.n && strcmp(g.cameo[k], "141") != 0; k++)
        ;
    assert_true(k < g.n);
}

/* "talks with Brazil's creditors", "Kuwait's backing for Iran's war
 * enemy Iraq": the possessor of a counterpart noun is not the party. */
static void counterpart_possessor_is_no_party(void **state)
{
    got g;
    run(state, "Syria held talks with Turkey's creditors.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria held talks with the Netherlands' main trading "
               "partners.", &g);
    assert_int_equal(g.n, 0);
    /* (a possessed thing is its possessor's: "Turkey's request") */
    run(state, "Syria rejected Turkey's request for talks.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "120");
    /* (a counterpart noun past a preposition is no possessed noun) */
    run(state, "Syria rejected Turkey's policy toward allies.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "120");
    /* "rival" as a noun, before a name or ending its phrase; before a
     * noun it describes ("Turkey's rival factions") the possessor stays */
    run(state, "Syria held talks with Zorg Motors' rival Kaborco.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria held talks with Turkey's main rival.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria held talks with Turkey's competitors.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria condemned Turkey's rival factions.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "111");
}

/* "support the U.S. Currency", "the Turkish lira": a state named before
 * its money is no actor (the state itself still is). */
static void state_before_its_money_is_no_actor(void **state)
{
    got g;
    run(state, "Sweden rejected the Turkish lira.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden rejected the Turkish proposal.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
}

/* "voiced opposition to the merger", "used excessive force": the
 * pattern's own bare word is no party when the story gave it a country
 * ("opposition" TUROPP after "the Turkish opposition"). */
static void pattern_word_is_no_party(void **state)
{
    got g;
    size_t k;
    run(state, "The Turkish opposition accused Sweden. Sweden voiced "
               "opposition to any quota expansion.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.subj[k], "SWE") != 0);
}

/* "French trade with Yugoslavia has grown", "a surplus in trade with
 * Sweden": the bare word "trade" after a demonym, a preposition or a
 * plain word is the noun (a flow, a topic), no act of trade; after "to"
 * or a subject it is the verb. */
static void trade_noun_is_no_act(void **state)
{
    got g;
    run(state, "Turkish trade with Sweden has grown little.", &g);
    expect_no_code(&g, "061");
    run(state, "Turkey had a surplus in trade with Sweden.", &g);
    expect_no_code(&g, "061");
    run(state, "Turkey decided to trade with Sweden.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "trade", "SWE", "061");
}

/* "failure to honor an agreement to end dumping and to open its home
 * market": an act an agreement or pledge binds to, where the sentence
 * is about keeping or breaking it, is no act done (nor its conjunct). */
static void obligation_act_is_not_done(void **state)
{
    got g;
    run(state, "Sweden failed to honor a pact to cut tariffs and to trade "
               "with Turkey.", &g);
    expect_no_code(&g, "061");
    run(state, "Sweden broke its pledge to trade with Turkey.", &g);
    expect_no_code(&g, "061");
    run(state, "Sweden signed a pact to trade with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
}

/* "the semiannual IMF and World Bank meetings": two international bodies
 * named together before a meeting noun name their joint session, no
 * meeting of one with the other. */
static void bodies_joint_session_is_no_meeting(void **state)
{
    got g;
    run(state, "Sweden spoke at the NATO and European Union annual "
               "meeting.", &g);
    expect_no_code(&g, "040");
}

/* "the Reagan Administration": a known leader's one-word alias before a
 * capitalised government noun is the leader (his state's government),
 * as before "administration"; not an unknown name "Erdogan Government"
 * (ex_leader_governs). */
static void leader_capitalised_government(void **state)
{
    got g;
    run(state, "The Erdogan Government rejected a Syrian request for "
               "talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "reject", "SYR", "120");
    assert_string_equal(g.code[0], "TURGOV");
}

/* "the Asian Development Bank (ADB) ... The ADB will lend": an acronym
 * defined in parentheses or commas after a coded name, whose initials it
 * spells, is that name's actor later in the document (ex_acronym); not
 * an undefined one. */
static void acronym_defined_after_name(void **state)
{
    got g;
    run(state, "BH rejected a Syrian request for talks.", &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
    run(state, "Boko Haram (BH) attacked a village on Monday. BH rejected "
               "a Syrian request for talks.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "BOKO_HARAM", "reject", "SYR", "120");
    assert_string_equal(g.code[g.n - 1], "NGAREB");
}

/* "the Fund" after "the International Monetary Fund": after "the", a
 * lone word that ends the name of the organisation named last is it. */
static void head_word_of_the_last_organisation(void **state)
{
    got g;
    run(state, "The Community rejected a Syrian request for talks.", &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
    run(state, "The European Community met on Monday. The Community "
               "rejected a Syrian request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "EUROPEAN_COMMUNITY", "reject", "SYR", "120");
}

/* "The European Commission fined Microsoft. The Commission said": the
 * lone head word after "the" is the coded organisation named most
 * recently with it, also when another was named since
 * (ex_org_head_word). */
static void head_word_of_an_earlier_organisation(void **state)
{
    got g;
    run(state, "The European Union met on Monday. Oxfam spoke on Tuesday. "
               "The Union rejected a Syrian request for talks.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "EU", "reject", "SYR", "120");
}

/* "Japanese securities houses have asked the Finance Ministry": a
 * ministry placed nowhere, in an article with no country of its own yet,
 * is the state of the one country the sentence named before it, when the
 * article has named no other; not a country named after it. */
static void ministry_of_the_sentence_country(void **state)
{
    got g;
    run(state, "Turkish banks said the Finance Ministry rejected a Syrian "
               "request for talks.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "x_finance_ministry", "reject", "SYR", "120");
    assert_string_equal(g.code[g.n - 1], "TURGOV");
    run(state, "The Finance Ministry rejected a Syrian request for talks.",
        &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
}

/* "Baker said" after "Treasury Secretary James Baker": a lone surname
 * is the known person the document named with it, also opening a
 * sentence (the gazetteer gives no surname alone where it is shared). */
static void surname_after_known_person(void **state)
{
    got g;
    run(state, "Yildiz rejected a Syrian request for talks.", &g);
    assert_true(g.n == 0 || !strcmp(g.code[0], ""));
    run(state, "Ahmet Yildiz spoke on Monday. Yildiz rejected a Syrian "
               "request for talks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_ahmet_yildiz", "reject", "SYR", "120");
    assert_string_equal(g.code[0], "TURGOV");
}

/* "suspended peace talks in Oslo": the city after "in" right after the
 * talks is where they are held, no party to them; the party follows
 * "with". */
static void talks_venue_is_no_party(void **state)
{
    got g;
    run(state, "Syria suspended peace talks in Ankara.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria suspended peace talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "halt_talks", "TUR", "164");
    /* (past the venue, the party a threat's condition names, wr10d) */
    run(state, "Turkey threatened to suspend the talks in Aleppo unless "
               "Russia agreed.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "halt_talks", "RUS", "134");
}

/* "Iran will not free the sailors until London apologises" (1243): a
 * refused act with no party of its own is aimed at the actor that opens the
 * "until" clause (ex_until_party); a verb of rejection is not (its
 * object is what is rejected), nor is a refusal with no "until". */
static void refusal_until_names_the_party(void **state)
{
    got g;
    run(state, "Syria will not withdraw its soldiers until Turkey "
               "apologises.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "1246");
    run(state, "Syria said it would not meet until Turkey withdrew its "
               "troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "125");
    run(state, "Syria will not withdraw its soldiers.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria rejected a policy of not meeting until Turkey "
               "withdrew.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "expelled a team of UN inspectors", "refused entry to a team of
 * Norwegian officials": a team, delegation or contingent sent out is its
 * members, the object. */
static void team_of_members_is_the_object(void **state)
{
    got g;
    run(state, "Syria expelled a team of Turkish diplomats.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deport", "TUR", "174");
    run(state, "Syria condemned a team of Turkish officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "criticize", "TUR", "111");
}

/* "Israeli tanks and troops stormed the camp": the forces named after
 * their arms share the arms' nationality (not the place's). */
static void arms_and_forces_share_the_demonym(void **state)
{
    got g;
    run(state, "Turkish tanks and forces attacked refugees in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR_REF", "190");
    run(state, "Tanks and forces attacked refugees in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "SYR_REF", "190");
}

/* "Kenyan anti-graft campaigners", "Burmese pro-democracy students": the
 * cause a group stands for, between its nationality and its noun, keeps
 * the group that nationality's. */
static void cause_between_demonym_and_group(void **state)
{
    got g;
    run(state, "Syrian pro-democracy protesters condemned Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "criticize", "TUR", "111");
    run(state, "Syrian anti-war protesters condemned Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "criticize", "TUR", "111");
}

/* "took to the streets of Belgrade against the air strikes": the city
 * the streets are in is where, and whose people protest; the target
 * follows "against". */
static void streets_of_a_city(void **state)
{
    got g;
    run(state, "Protesters took to the streets of Damascus against Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
    /* a protest held "outside" an embassy is aimed at its state */
    run(state, "Syrian students held a protest outside the Turkish embassy "
               "in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "protest", "TUR", "141");
    /* wire copy's "poured into the streets of <city>": where, and with
     * no party named, aimed at the protesters' own state */
    run(state, "Syrian merchants poured into the streets of Damascus on "
               "Sunday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
}

/* Protesters named with no country take the country of the place where
 * they protest; a time phrase ("this weekend") names no target; business
 * that "rallied" was on the markets. */
static void protesters_of_the_place(void **state)
{
    got g;
    run(state, "Protesters rallied in Damascus against the government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Protesters marched through Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    /* the roads into a city, a city's own place right after the verb */
    run(state, "Protesters blocked the main roads into Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "144");
    run(state, "Protesters blocked Damascus's roads.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "144");
    /* (a place kg cannot code yields to the demand's addressee) */
    run(state, "Syrian protesters staged a protest outside the Zorba "
               "Hotel, demanding that President Putin resign.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "person_vladimir_putin", "1411");
    /* (roads "leading into" a city: where, not whom; the demand after
     * them names the target) */
    run(state, "Syrian protesters blocked roads leading into Damascus, "
               "demanding that Bashar al-Assad resign.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", NULL, "1441");
    run(state, "Syrian protesters demonstrated for universal suffrage.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "1414");
    /* past the embassy protested at, the city it stands in */
    run(state, "Protesters protested against the Turkish embassy in "
               "Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
    /* past the state organ they storm or fight, of the place's own
     * country (not another's: no country then) */
    run(state, "Protesters stormed the parliament in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", NULL, "SYR_LEG", "145");
    run(state, "Protesters stormed the parliament of Turkey in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_CVL", NULL, "TUR", "145");
    run(state, "Syrian merchants took to the streets this weekend.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    /* where and with what names no target either; "at" may */
    run(state, "Syrian merchants took to the streets in the old city.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    run(state, "Syrian merchants took to the streets with banners through "
               "Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    run(state, "Syrian merchants took to the streets at the factory.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syrian merchants marched through Damascus.", &g);
    assert_int_equal(g.n, 0);
    /* beside protesters of a country, or at a country's workplace */
    run(state, "Syrian detainees and merchants took to the streets on "
               "Sunday.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    expect_rel(&g, 1, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Detainees at Syria's main prison went on hunger strike "
               "against the new law.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "1422");
    run(state, "Detainees at Turkey's embassy went on hunger strike against "
               "the new law.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Thousands of Syrians took to the streets of Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Thousands of Syrians took to the streets against the war in "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 0);
    /* a participle after the comma that names no party of another
     * country tells what the protest did, not whom at: still at home;
     * one that names a foreign actor may say whom it was aimed at */
    run(state, "Syrian merchants took to the streets on Sunday, halting "
               "traffic in Damascus.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "141");
    run(state, "Syrian merchants took to the streets on Sunday, burning "
               "Turkish flags.",
        &g);
    assert_int_equal(g.n, 0);
}

/* A crowd that beats people to death kills them (1823), as the code book
 * codes a lynching: no riot (145). */
static void mobs_that_kill_are_no_riot(void **state)
{
    got g;
    run(state, "A Syrian mob beat two Turkish soldiers to death.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "assault", "TUR", "1823");
}

/* Property destroyed or seized by a crowd is a riot (145), aimed where
 * a protest is when it names no actor: the state named in its words, or
 * the protesters' own. */
static void riots_on_things(void **state)
{
    got g;
    run(state, "Syrian protesters destroyed cars.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    run(state, "Protesters destroyed dozens of cars in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    run(state, "Syrian protesters destroyed government buildings.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    /* not by a state, nor by a crowd of no country */
    run(state, "Syrian troops destroyed cars.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Protesters destroyed cars.", &g);
    assert_int_equal(g.n, 0);
    /* a people's burning (not a warning that a plan will destroy);
     * "burned" has no entry, and is a riot by protesters only */
    run(state, "Angry Syrians destroyed shops.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    run(state, "Syrians said the plan will destroy the peace process.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syrian protesters burned tyres.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    run(state, "Syrian troops burned houses.", &g);
    assert_int_equal(g.n, 0);
    /* storming a place by a crowd: a riot, at home when no actor is
     * named (the palace is the state's) */
    run(state, "Syrian protesters stormed the presidential palace.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "SYR", "145");
    run(state, "Syrian troops stormed the presidential palace.", &g);
    assert_int_equal(g.n, 0);
}

/* A protest noun that opens its sentence with no actor named ("Protests
 * erupted across Syria") is held by the people of the place it happens
 * in, aimed at the actor named or at their state; not with no place
 * named, nor a rally (the markets'). */
static void protests_held_by_a_place(void **state)
{
    got g;
    run(state, "Protests erupted across Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "141");
    run(state, "Protests against Turkey erupted in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
    run(state, "The protest ended on Sunday.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The rally in Syria ended.", &g);
    assert_int_equal(g.n, 0);
}

/* Whom a country's own people protest against: a leader the ontology
 * does not know, named after his title, leads their state; a crowd that
 * occupies a place obstructs passage (144) at home; a group noun after
 * another keeps the first's sector ("opposition protesters"). */
static void protested_at_home(void **state)
{
    got g;
    run(state, "Syrian protesters protested against President Ali Hassan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", NULL, "141");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRGOV\""));
    run(state, "Turkey protested against President Ali Hassan.", &g);
    assert_int_equal(g.n, 1);
    assert_null(strstr(g.json[0], "GOV\""));
    run(state, "Protesters in Damascus occupied the main square.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "144");
    run(state, "Syrian opposition protesters took to the streets on Sunday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_OPP", "protest", "SYR", "141");
}

/* A title before a person's government ("President Putin's
 * government") is passed over to the object, as before the person. */
static void title_before_a_persons_government(void **state)
{
    got g;
    run(state, "Turkey condemned President Putin's government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "RUS", "111");
    run(state, "Turkey condemned President Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "person_vladimir_putin", "111");
}

/* "Supporters of X" are a crowd of X's country's people (CVL), not X;
 * their violence against the police is a riot against their own. */
static void supporters_of_a_leader(void **state)
{
    got g;
    run(state, "Supporters of Kemal Kilicdaroglu took to the streets on "
               "Sunday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", "141");
    run(state, "Supporters of Kemal Kilicdaroglu attacked the police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", "TUR_COP", "145");
    run(state, "Supporters of Putin rallied in Damascus against Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_CVL", "protest", "TUR", "141");
}

/* "A protest organised by the Syrian opposition ...": the agent of a
 * protest noun's "organised by", "called by" protests, at what the
 * protest names ("against Turkey") or else at its own state
 * (ex_called_protests). */
static void protest_called_by_its_agent(void **state)
{
    got g;
    run(state, "A protest organised by the Syrian opposition blocked the "
               "city centre on Friday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_OPP", "protest", "SYR", "141");
    run(state, "A rally staged by the Syrian opposition against Turkey "
               "drew thousands.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_OPP", "protest", "TUR", "141");
}

/* "An 11-day-old strike by Brazilian seamen is affecting coffee
 * shipments", "Demonstrations by workers, students and farmers have
 * become an almost daily occurrence": a protest noun (or strike, walkout,
 * stoppage) with "by" a country's own people right after it, naming no
 * other party, is their protest at their own state (ex_called_protests);
 * an air strike is no stoppage, and a strike only looming is none. */
static void protest_noun_by_its_agent(void **state)
{
    got g;
    run(state, "A strike by Syrian workers has idled 160 ships.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    /* (a country's possessive and a count before the group) */
    run(state, "The walkout by Syria's 40,000 workers entered its third "
               "week.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "Protests by Syrian farmers have become a daily occurrence.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_AGR", "protest", "SYR", "141");
    run(state, "The strike by Syrian warplanes killed ten.", &g);
    assert_int_equal(g.n, 0);
    /* (the speaker of the sentence's tail is no party of the strike) */
    run(state, "A strike by Syrian workers entered its third day, Jan Berg, "
               "a spokesman for Nordlink Shipping Lines, said on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "Ahead of the deadline for a strike by Syrian workers, talks "
               "resumed.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "A teachers' strike has spread", "the COMIBOL miners' strike entered
 * its fifth day": a strike or protest noun whose possessor is a
 * country's own people is theirs, at their own state
 * (ex_possessed_protests); a threatened one is none. */
static void protest_noun_of_its_possessor(void **state)
{
    got g;
    run(state, "The Syrian workers' strike entered its fifth day.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "The threat of a Syrian workers' strike grew.", &g);
    assert_int_equal(g.n, 0);
    /* (a month is no march: "the farmers' fiscal year ended March 31") */
    run(state, "The French farmers' march ended in Paris.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA_AGR", "protest", "FRA", "141");
    run(state, "The French farmers' fiscal year ended March 31.", &g);
    assert_int_equal(g.n, 0);
    /* (a bare sector noun before "strike" names the strike's kind,
     * "military strikes"; a possessive one names the strikers) */
    run(state, "The workers' strike shut every factory in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    /* (the possessor inside "call * strike" is who strikes, not whom the
     * government calls a strike against) */
    run(state, "The Syrian government called the workers' strike a plot.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    /* (past plain words: each token after the mark asks for the nouns
     * at the two before it again, read once) */
    run(state, "The Syrian workers' national hunger strike entered its "
               "fifth day.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "The Syrian workers' week-old general strike shut the ports.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
}

/* "The five unions meeting Mr Prescott want the government to": the
 * object of an -ing word right after an actor, standing right before the
 * verb, is no subject; the actor before the -ing word is (a reduced
 * relative clause). */
static void reduced_relative_keeps_its_head(void **state)
{
    got g;
    run(state, "Turkish farmers visiting Mr Bashar al-Assad urged Syria to "
               "open the border.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR_AGR", NULL, "SYR", "020");
}

/* Protesters fighting or battling the police riot (145): street fighting,
 * not armed conflict (190). */
static void protesters_fighting_police_riot(void **state)
{
    got g;
    run(state, "Turkish protesters fought the police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", NULL, "145");
    run(state, "Turkish protesters battled police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", NULL, "145");
}

/* A protest act with no object of its own ("went on hunger strike") is
 * aimed at whom its purpose clause protests against: one event, the
 * act's code (142), not a second plain protest. */
static void protest_act_purpose(void **state)
{
    got g;
    run(state, "Syrian detainees went on hunger strike to protest their "
               "detention by Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "142");
    run(state, "Syrian detainees went on hunger strike in protest at "
               "Turkey's policy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "142");
    /* "in protest against" inside the verb's own entry ("march in *
     * against"): one event, no second one by the place */
    run(state, "Thousands of Syrians marched in Damascus in protest "
               "against Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
    /* "in a rally against": the protest named again, with whom */
    run(state, "Thousands of Syrians marched through Damascus on Sunday in "
               "a rally against Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
    /* the place outside which they rally is where; the purpose clause
     * names whom, and is not read again with the place as its subject */
    run(state, "Thousands of Syrians rallied outside the Turkish parliament "
               "to protest against Russia.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "RUS", "141");
    /* the own government named in the purpose clause: one event too */
    run(state, "Syrian merchants boycotted the elections to protest against "
               "the regime.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "SYR", "143");
}

/* An unnamed office of a country ("the US commander in Iraq", "the mayor
 * of Aleppo") acts for that country's government. */
static void unnamed_offices(void **state)
{
    got g;
    run(state, "The Turkish spokesman in Syria met Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "person_vladimir_putin", "040");
    assert_string_equal(g.code[0], "TURGOV");
    run(state, "The spokesman of the besieged city Aleppo met Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "meet", "person_vladimir_putin", "040");
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "The Turkish Spokesman met Putin.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
    /* a person noun with no one of that country named before */
    run(state, "The Turkish prime minister met Putin.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
    /* a title before a name is the person's */
    run(state, "Turkish President Erdogan met Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "meet", NULL, NULL);
}

/* Things do not speak, and an act someone was asked or allowed to do is
 * no event. */
static void things_and_asked_acts(void **state)
{
    got g;
    run(state, "The Russian tanks praised Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The Russian tanks urged Turkey to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "");
    run(state, "Turkey was asked to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "");
    assert_string_equal(g.modality[0], "demanded");
    run(state, "Turkey was allowed to help Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Turkey wants to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
}

/* "Indonesian troops were behind the killings, Portugal's foreign minister
 * charged on Monday": the accuser after the charge, as wire copy puts the
 * speaker after "..., X said"; the accused opens the sentence.  Not a
 * passive ("had not been charged.") nor "..., which X alleged". */
static void trailing_charge_accuses(void **state)
{
    got g;
    size_t k;
    run(state, "Israel was violating the truce, Syria charged.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "SYR", "accuse", "ISR", "112");
    run(state, "The Israeli army shelled the villages, Syria alleged on Monday.",
        &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "SYR", "accuse", "ISR_MIL", "112");
    run(state, "Syria said that Israel had not been charged.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Israel bombed Syria, which Russia alleged.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
}

/* An infinitive right after the place of a clause ("was in Houston to
 * attend", "his followers across Iraq to end fighting") is no act of the
 * place's; after a motion verb it is the mover's ("arrived in Syria to",
 * "sent troops to Syria to help deploy"). */
static void purpose_after_a_place(void **state)
{
    got g;
    size_t k;
    run(state, "The minister was in Moscow to attend talks with Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(g.code[k] == NULL || strcmp(g.code[k], "RUS") != 0);
    run(state, "The cleric called for his followers in Syria to attack "
               "Turkish forces.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(g.code[k] == NULL || strcmp(g.code[k], "SYR") != 0);
    run(state, "Turkey sent planes to Syria to help attack Iraq.", &g);
    k = rel_with_code(&g, "190");
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "attack", NULL, "190");
}

/* "sent troops to East Timor to restore order": troops sent with a purpose
 * of protection provide it (074), where troops sent alone are a show of
 * force (154); "to guard against" someone holds a line, no protection
 * given. */
static void troops_sent_to_protect(void **state)
{
    got g;
    run(state, "Turkey dispatched troops to Syria on Monday to restore order.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "protect", "SYR", "074");
    run(state, "Turkey dispatched troops to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mobilize", "SYR", "154");
    run(state, "Turkey dispatched troops to Syria to guard against attacks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mobilize", "SYR", "154");
    /* troops sent to a force that keeps the peace provide protection
     * too, and offered or planned that is an intent (0334) */
    run(state, "Turkey dispatched troops to Syria as part of a regional "
               "peacekeeping force.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "protect", "SYR", "074");
    run(state, "Turkey is ready to dispatch troops to Syria as the core of "
               "a peace force.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "0334");
    run(state, "Turkey dispatched troops to Syria to join the invasion "
               "force.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mobilize", "SYR", "154");
    /* troops arriving are no visitors: peacekeepers, or troops come to
     * protect, provide protection; other troops no event */
    run(state, "Turkish peacekeepers arrived in Syria on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "protect", "SYR", "074");
    assert_string_equal(g.code[0], "TURMIL");
    run(state, "Turkish troops arrived in Syria to restore order.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "protect", "SYR", "074");
    run(state, "Turkish troops arrived in Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey's president arrived in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "visit", "SYR", "042");
    /* wire copy's "landed in" is "arrived in" */
    run(state, "Turkish troops landed in Syria on Monday to restore order.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "protect", "SYR", "074");
    run(state, "Turkish troops landed in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* an aircraft or convoy is no visitor: one carrying relief goods
     * delivers humanitarian aid (073), others no event */
    run(state, "Planes carrying tents and blankets from Turkey landed in "
               "Syria on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid_humanitarian", "SYR", "073");
    run(state, "A convoy carrying food from Turkey arrived in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "073");
    run(state, "A plane from Turkey landed in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* nor is a body carried there */
    run(state, "The body of Turkey's president arrived in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* the vehicle in a relative clause: the leader's visit */
    run(state, "Erdogan, whose plane was late, arrived in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "visit", "SYR", "042");
    /* the vehicle in a clause or phrase before the subject: the
     * leader's visit too */
    run(state, "After flights resumed, Erdogan arrived in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "visit", "SYR", "042");
    run(state, "Despite the plane crash Erdogan arrived in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "visit", "SYR", "042");
}

/* "denounced as illegal Israel's decision": wire copy's verdict between a
 * criticism and its object; the object is the actor after it.  Not "as"
 * opening a clause ("condemned Syria as the talks began"). */
static void verdict_before_the_object(void **state)
{
    got g;
    run(state, "Russia condemned as illegal Turkey's decision to close the "
               "border.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Russia condemned as provocative the Turkish manoeuvres.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Russia condemned Syria as the talks with Turkey began.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "SYR", "111");
}

/* A charge told as a noun with a "that" clause accuses the clause's
 * subject; the accuser is the noun's owner (ex_charge_nouns). */
static void charge_nouns(void **state)
{
    got g;
    size_t k;
    /* the subject of a verb that presses the charge */
    run(state, "Russia stepped up its charges that Turkey was sheltering "
               "rebels.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "accuse", "TUR", "112");
    /* an owner before the noun */
    run(state, "Sweden rejected Russian charges that Turkey was sheltering "
               "rebels.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "accuse", "TUR", "112");
    /* an owner after "by"; "it" is the one who answers the charge */
    run(state, "Turkey dismissed accusations by Russia that it was "
               "sheltering rebels.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "accuse", "TUR", "112");
    /* a charge no one owns is no one's */
    run(state, "Turkey dismissed accusations that it was sheltering "
               "rebels.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    /* each noun is noted among the sentence's cue words (an "alleg"
     * word, EX_CUE_CHARGE) before the scan runs */
    run(state, "Sweden rejected Russian allegations that Turkey was "
               "sheltering rebels.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "accuse", "TUR", "112");
    run(state, "Sweden rejected the Russian charge that Turkey was "
               "sheltering rebels.", &g);
    k = rel_with_code(&g, "112");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "accuse", "TUR", "112");
}

/* An appeal, demand or warning an actor answers or heeds was made to it
 * (ex_answered_appeals). */
static void answered_appeals(void **state)
{
    got g;
    size_t k;
    /* an adjunct answers for its clause's subject */
    run(state, "Russia will send troops to Syria in response to appeals by "
               "Turkey.", &g);
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "urge", "RUS", "020");
    run(state, "Sweden responded to a warning by Turkey.", &g);
    k = rel_with_code(&g, "130");
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "threaten", "SWE", "130");
    run(state, "Sweden heeded Russia's demands.", &g);
    k = rel_with_code(&g, "100");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "demand", "SWE", "100");
    /* the answering verbs are ex_replied_to's ("reacted to" too) */
    run(state, "Sweden reacted to Russia's demands.", &g);
    k = rel_with_code(&g, "100");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "demand", "SWE", "100");
    /* a yield to the demand is the event */
    run(state, "Sweden bowed to Russia's demands.", &g);
    assert_int_equal(rel_with_code(&g, "100"), g.n);
    /* an offer answered is no appeal */
    run(state, "Sweden responded to Russia's offer.", &g);
    assert_int_equal(rel_with_code(&g, "020"), g.n);
    assert_int_equal(rel_with_code(&g, "100"), g.n);
}

/* "Nogales told Reuters the negotiations had been successful": the
 * medium told is a hearer, no actor of the clause reported after it. */
static void told_medium_is_no_actor(void **state)
{
    got g;
    run(state, "Rha told Testwire the group considered Turkey a prime "
               "market.", &g);
    assert_int_equal(rel_with_code(&g, "014"), g.n);
    run(state, "Testwire considered Turkey a prime market.", &g);
    assert_true(rel_with_code(&g, "014") < g.n);
}

/* "Senate Agriculture Committee Chairman Patrick Leahy charged Japan with
 * lying": a chamber's committee, its title and a person kg does not know
 * are one person, who acts for the committee (USALEG). */
static void committee_chairman_has_its_code(void **state)
{
    got g;
    run(state, "Senate Finance Committee Chairman Olof Lind accused Russia "
               "of cheating.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "RUS", "112");
    assert_string_equal(g.code[0], "USALEG");
}

/* "Wright met with Senator Dole and Senator Byrd to discuss the budget":
 * the actors met after "with" do nothing with each other; the infinitive
 * of purpose is the meeting's.  Coordinated subjects still meet. */
static void met_with_pair_is_no_mutual_act(void **state)
{
    got g;
    run(state, "Berg met with Sweden and Finland to consult on the budget.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden and Finland met to consult on the budget.", &g);
    assert_true(g.n >= 2);
}

/* "Talking to journalists before the summit, the minister declined to
 * say": the press met or talked to is the audience of a statement, no
 * party consulted (04x; a visit or a guest hosted stays one); "declined to
 * comment on press reports": nor the target of a comment withheld. */
static void press_audience_is_no_consult(void **state)
{
    got g;
    run(state, "Putin held a news conference with journalists in Moscow.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Putin held a news conference with Erdogan in Moscow.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "040");
    /* (nor is the press whose report is not commented on the target of
     * the comment withheld, 011) */
    run(state, "Putin declined to comment on the press reports.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia declined to comment on Testwire.", &g);
    assert_int_equal(g.n, 0);
}

/* "declined to say whether the February 22 Paris accord included secret
 * agreements": the city that names an accord is no party of an act on
 * it. */
static void accord_city_is_no_party(void **state)
{
    got g;
    run(state, "Russia declined to comment on the Paris accord.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia declined to comment on France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "FRA", "011");
}

/* "Senator Dole said Congress must avoid a trade war": what a legislator
 * says his own legislature must do is asked of no one; what another
 * state must do stays a demand (100). */
static void own_body_must_is_no_demand(void **state)
{
    got g;
    run(state, "US Senator Olof Lind said Congress must avoid a trade war.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "US Senator Olof Lind said Russia must avoid a trade war.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_olof_lind", "demand", "RUS", "100");
}

/* Idioms of verbal attack are criticism (111), as "lashes out at" is:
 * "Syria hurled fresh invective at Israel", "laid into Germany"; so is a
 * no-confidence motion a legislature passes or a party presents against a
 * government. */
static void criticism_idioms(void **state)
{
    expect_coded(state, "Syria hurled fresh invective at Israel on Friday.",
                 "SYR", "criticize", "ISR", "111");
    expect_coded(state, "France laid into Germany over the quota.", "FRA",
                 "criticize", "DEU", "111");
    expect_coded(state, "The Chilean parliament passed a motion of "
                        "no-confidence against the Chilean government on "
                        "Tuesday.",
                 "CHL_LEG", "criticize", "CHL", "111");
    expect_coded(state, "Egypt's opposition presented a no-confidence motion "
                        "against the Egyptian government.",
                 "EGY_OPP", "criticize", "EGY", "111");
}

/* "Poland wants a lead from the United States": what is wanted from
 * another is asked of it (020), as "seeks * from" is. */
static void wanted_from(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden wants more patrol boats from Turkey.", &g);
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "request", "TUR", "020");
}

/* "had denied British competitors more lucrative orders": "deny" with a
 * second object withholds a thing; it denies no charge (016). */
static void deny_with_two_objects(void **state)
{
    got g;
    run(state, "Sweden denied Turkish firms any lucrative orders.", &g);
    assert_int_equal(rel_with_code(&g, "016"), g.n);
    run(state, "Sweden denied Turkey's claims.", &g);
    assert_true(rel_with_code(&g, "016") < g.n);
}

/* "Chad did not ask France to help": an appeal coded by the act asked
 * for (023) keeps the appeal's own negation. */
static void appeal_for_act_negated(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden asked Turkey to help.", &g);
    k = rel_with_code(&g, "023");
    assert_true(k < g.n);
    assert_int_equal(g.negated[k], 0);
    run(state, "Sweden did not ask Turkey to help.", &g);
    k = rel_with_code(&g, "023");
    assert_true(k < g.n);
    assert_int_equal(g.negated[k], 1);
}

/* "Portugal handed back Macao to China": a territory returned goes to
 * the state after "to". */
static void territory_handed_back(void **state)
{
    got g;
    run(state, "Russia handed back Aleppo to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "release", "SYR", "0842");
}

/* An appeal or an offer granted was made to the one who grants it
 * (ex_granted_ask); one refused stays the refusal's alone. */
static void granted_asks(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden agreed on Tuesday to a Dutch request for more "
               "naval patrols.", &g);
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "NLD", "request", "SWE", "020");
    /* "agreed to meet a request": no meeting, the agreement */
    run(state, "Sweden agreed to meet a Dutch request for more naval "
               "patrols.", &g);
    assert_int_equal(rel_with_code(&g, "036"), g.n);
    k = rel_with_code(&g, "030");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "agree_to", "NLD", "030");
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "NLD", "request", "SWE", "020");
    /* an offer accepted, and a possessed request approved */
    run(state, "Chile accepted a French offer of border talks.", &g);
    k = rel_with_code(&g, "030");
    assert_true(k < g.n);
    expect_rel(&g, k, "FRA", "offer", "CHL", "030");
    run(state, "The World Bank approved Chile's request for a new loan.",
        &g);
    k = rel_with_code(&g, "020");
    assert_true(k < g.n);
    expect_rel(&g, k, "CHL", "request", "WORLD_BANK", "020");
    /* refused: the refusal alone */
    run(state, "Chile refused to accept a French offer of border talks.",
        &g);
    assert_int_equal(rel_with_code(&g, "030"), g.n);
    run(state, "Chile will not meet France's request for more talks.", &g);
    assert_int_equal(rel_with_code(&g, "020"), g.n);
    /* an offer to mediate accepted is the acceptance alone */
    run(state, "Chile accepted an offer by France to mediate talks with "
               "the rebels.", &g);
    assert_int_equal(rel_with_code(&g, "030"), g.n);
}

/* A verb of complaint, judgement or praise with a "that" clause judges
 * the actor that opens the clause (ex_judgement_clauses); not the
 * speaker's own side, nor "with regret". */
static void judgement_clauses(void **state)
{
    got g;
    size_t k;
    run(state, "Russia complained that Turkey had refused to cut its "
               "fishing quota.", &g);
    k = rel_with_code(&g, "114");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "complain", "TUR", "114");
    run(state, "Egypt deplored on Sunday that Syria had closed the border.",
        &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    expect_rel(&g, k, "EGY", "criticize", "SYR", "111");
    run(state, "Chile bitterly regretted that France would not attend "
               "the summit.", &g);
    k = rel_with_code(&g, "110");
    assert_true(k < g.n);
    expect_rel(&g, k, "CHL", "oppose", "FRA", "110");
    run(state, "Sweden welcomed the fact that Germany had reopened the "
               "border.", &g);
    k = rel_with_code(&g, "051");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "praise", "DEU", "051");
    run(state, "Russia complained strongly that Turkey had refused to cut "
               "its fishing quota.", &g);
    k = rel_with_code(&g, "114");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "complain", "TUR", "114");
    run(state, "Russia protested that Turkey had closed the strait.", &g);
    k = rel_with_code(&g, "114");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "complain", "TUR", "114");
    run(state, "Egypt decried that Syria had closed the border.", &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    expect_rel(&g, k, "EGY", "criticize", "SYR", "111");
    run(state, "Sweden welcomed the news that Germany had reopened the "
               "border.", &g);
    k = rel_with_code(&g, "051");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "praise", "DEU", "051");
    /* the actor's own thing opening the clause */
    run(state, "Russia complained that Turkey's fishing fleet had ignored "
               "the quota.", &g);
    k = rel_with_code(&g, "114");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "complain", "TUR", "114");
    /* the clause's subject only: not an actor inside a longer phrase */
    run(state, "Russia complained that talks with Turkey had stalled.", &g);
    assert_int_equal(rel_with_code(&g, "114"), g.n);
    /* "with regret" is a noun, not the verb */
    run(state, "Chile noted with regret that France would not attend.", &g);
    assert_int_equal(rel_with_code(&g, "110"), g.n);
    /* another body of the speaker's country is judged; the country
     * itself judges no body of its own */
    run(state, "The White House complained that Congress had not approved "
               "the budget.", &g);
    k = rel_with_code(&g, "114");
    assert_true(k < g.n);
    expect_rel(&g, k, "USA", "complain", "US_CONGRESS", "114");
    assert_non_null(strstr(g.json[k], "USAGOVLEG"));
    run(state, "The United States complained that Congress had not "
               "approved the budget.", &g);
    assert_int_equal(rel_with_code(&g, "114"), g.n);
    /* an adjective of judgement after "is" or "was" */
    run(state, "Egypt was deeply disappointed that Syria had closed the "
               "border.", &g);
    k = rel_with_code(&g, "110");
    assert_true(k < g.n);
    expect_rel(&g, k, "EGY", "oppose", "SYR", "110");
    run(state, "Chile is pleased that France has reopened its embassy.", &g);
    k = rel_with_code(&g, "051");
    assert_true(k < g.n);
    expect_rel(&g, k, "CHL", "praise", "FRA", "051");
    run(state, "A disappointed Chile said France would not attend.", &g);
    assert_int_equal(rel_with_code(&g, "110"), g.n);
    /* the speaker's own side */
    run(state, "The Russian government complained that Moscow had been "
               "left out of the talks.", &g);
    assert_int_equal(rel_with_code(&g, "114"), g.n);
}

/* To allege, or to say with "that", that someone did harm accuses them;
 * talks are held by both sides; violence by protesters is a riot. */
static void allegations_talks_and_riots(void **state)
{
    got g;
    size_t k;
    run(state, "Russia alleged that Turkey was aware of the plot.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    /* "charged that" is alleged; "charged" with no "that" is not */
    run(state, "Russia charged that Turkey was aware of the plot.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    /* an epithet before the accused ("neighbouring Tajikistan") */
    run(state, "Russia charged that neighbouring Turkey was aware of it.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    run(state, "Russia charged Turkey's envoy.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    /* a date right after the verb, as wire copy puts it */
    run(state, "Russia alleged on Friday that Turkey was aware of the plot.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    run(state, "Russia charged late on Sunday that Turkey was aware of it.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    run(state, "Russia charged Turkey on Monday.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    /* past a title the name's mention does not hold */
    run(state, "Sweden alleged that President Putin had lied.", &g);
    k = rel_with_code(&g, "112");
    expect_rel(&g, k, "SWE", "accuse", NULL, "112");
    assert_non_null(strstr(g.json[k], "RUS"));
    run(state, "Russia said that Sweden had attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "accuse", "SWE", "112");
    /* wire copy's day between "said" and "that" is the saying's */
    run(state, "Russia said on Monday that Sweden had attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "accuse", "SWE", "112");
    run(state, "Russia said late on Friday that Sweden had attacked Syria.",
        &g);
    assert_int_equal(rel_with_code(&g, "112"), 0);
    /* a plural after a body's name and before a modal is a noun: no
     * "Sudan said ... that U.N. sanctions ..." read as the U.N.
     * sanctioning, nor the saying as an accusation */
    run(state, "Sudan said Saturday that U.N. sanctions imposed on it would "
               "lead to more hardship.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Iraq said Monday that U.S. sanctions would hurt children.",
        &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Iran said on Sunday that Russia attacks, launched over "
               "the border, would fail.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Russia said that Sweden raids launched on Syria would "
               "fail.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Russia said on Monday that Sweden raids, launched on Syria, "
               "would fail.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Russia attacks Sweden and will strike Syria.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
    run(state, "Russia said Sweden had attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "SYR", "190");
    run(state, "Turkey held talks with Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "negotiate", "RUS", "046");
    expect_rel(&g, 1, "RUS", "negotiate", "TUR", "046");
    run(state, "Syrian protesters destroyed Ankara.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "TUR", "145");
    run(state, "Syrian protesters attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "attack", "TUR", "190");
    /* (a government is no state at war: a riot) */
    run(state, "Syrian protesters attacked the Turkish government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "riot", "TUR", "145"); /* (TURGOV) */
    /* force against protesters by those who keep order: repression */
    run(state, "The Syrian army attacked Syrian protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "repress", "SYR_CVL", "175");
    /* rebels take no legal action: their arrest is an abduction */
    run(state, "Syrian insurgents captured Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "abduct", NULL, "181");
    run(state, "Turkish police captured Syrian insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "arrest", "SYR_REB", "173");
}

/* Force against a part of a place or a thing in it, and sympathy for what happened in a
 * place, go to the place's state. */
static void force_against_part_of_a_place(void **state)
{
    got g;
    run(state, "Russia attacked the eastern outskirts of Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", NULL, "190");
    assert_true(strstr(g.json[0], "\"code\":\"SYR\"") != NULL);
    /* a thing in a place, named after a determiner */
    run(state, "Russia attacked a hospital in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", NULL, "190");
    assert_true(strstr(g.json[0], "\"code\":\"SYR\"") != NULL);
    /* sympathy for what happened in a place goes to its state; a name
     * after a title counts in lower case too */
    run(state, "President putin expressed sorrow for the shootings in Alaska.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "condole", NULL, "018");
    assert_true(strstr(g.json[0], "\"code\":\"USA\"") != NULL);
    run(state, "The putin plan expressed sorrow for Alaska.", &g);
    assert_int_equal(g.n, 0);
    /* people of a country are no place */
    run(state, "Russia attacked a convoy of Syrian refugees.", &g);
    assert_int_equal(g.n, 0);
}

/* A verb after "and" shares its clause's subject, not the actor that
 * ended the first verb's phrase. */
static void and_verbs_share_the_clause_subject(void **state)
{
    got g;
    run(state, "Russia wrote a letter to Syria and attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "190");
    run(state, "Russia and Syria attacked Turkey.", &g);
    assert_int_equal(g.n, 2);
    /* through a modal too: the subject's act put ahead, not the act of
     * the actor that ended the first verb's phrase */
    run(state, "Russia attacked Syria but would meet Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "meet", "TUR", NULL);
}

/* "all" and "both" are determiners: "urged all Syrian refugees to help"
 * is an appeal to them, their help only asked for. */
static void appeals_to_all(void **state)
{
    got g;
    run(state, "Turkey urged all Syrian refugees to help Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "urge", "SYR_REF", "023");
    expect_rel(&g, 1, "SYR_REF", "aid", "RUS", "");
}

/* "they" stands for the coordinated actors before it; "their" only after
 * a verb that lends its subject ("strengthened their relationship"), not
 * after one that cancels the act ("postponed their meeting"). */
static void plural_pronouns(void **state)
{
    static const char *const shared[] = {
        "Sweden and Turkey signed an agreement cutting arsenals.",
        "Sweden and Turkey put their names on a deal ending the war.",
        "After talks in Oslo, Sweden and Turkey signed an agreement."};
    size_t k;
    got g;
    run(state, "Erdogan and Putin said they would attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "attack", "SYR", NULL);
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "attack", "SYR", NULL);
    run(state, "Sweden and Turkey strengthened their relationship.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "relation", NULL, NULL);
    run(state, "Sweden and Turkey postponed their meeting.", &g);
    assert_int_equal(g.n, 0);
    /* coordinated subjects meet each other only when nothing else is met */
    run(state, "Sweden and Turkey met yesterday.", &g);
    assert_int_equal(g.n, 2);
    /* (and a degree word before an -ly adverb is how they met) */
    run(state, "Sweden and Turkey met more closely.", &g);
    assert_int_equal(g.n, 2);
    run(state, "Sweden and Turkey met the deadline.", &g);
    assert_int_equal(g.n, 0);
    /* a participle with its agent only describes the entry's noun */
    run(state, "Sweden and Turkey signed an agreement brokered by Russia.",
        &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
    expect_rel(&g, 1, "SWE", "sign", "TUR", "057");
    /* and one with an infinitive after it */
    run(state, "Sweden and Turkey signed an agreement today expected to "
               "double trade.",
        &g);
    assert_true(g.n >= 2);
    expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
    expect_rel(&g, 1, "SWE", "sign", "TUR", "057");
    /* so does an -ing word right after the entry's noun; the place of
     * an opening phrase is no member of the list after its comma (r13c) */
    for (k = 0; k < sizeof(shared) / sizeof(shared[0]); k++) {
        run(state, shared[k], &g);
        assert_int_equal(g.n, 2);
        expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
        expect_rel(&g, 1, "SWE", "sign", "TUR", "057");
    }
    /* an object list after a preposition stays whole */
    run(state, "After the war, Sweden met with Russia, Turkey and Iran.", &g);
    assert_int_equal(g.n, 3);
    /* a mutual relation said of its subject through "is" */
    run(state, "Turkey is \"friends with Russia and Sweden,\" Erdogan said.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "friendship", "RUS", NULL);
    expect_rel(&g, 1, "TUR", "friendship", "SWE", NULL);
}

/* Idioms of apology, forgiveness and signing: "said sorry to" (an
 * apology, not attribution, as "said no to" is a refusal), "holds no
 * grudge against", "put pen to paper on an agreement with" (r13c) */
static void idioms_of_reconciliation(void **state)
{
    got g;
    run(state, "Sweden said sorry to Turkey for the raids.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "apologize", "TUR", "055");
    run(state, "Sweden holds no grudge against Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "forgive", "TUR", "056");
    run(state, "Sweden put pen to paper on an agreement with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "TUR", "057");
}

/* An act of force with no actor as its object hits the place's state
 * ("attacks in Syria"), also through an object that opens with a
 * determiner ("attacked a convoy in Syria": a thing in the place, coded as
 * the place's state, as the code book's "bombed a market in Maiduguri";
 * since 2026-11-22; "in the northern city of Kano" as "in Kano"), not
 * when the actor before "-ed in" is the victim
 * ("attacked in Syria"), not for a speech venue. */
static void places_of_force(void **state)
{
    got g;
    run(state, "Russia attacks in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    run(state, "Russia attacked a convoy in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    run(state, "Russia attacked in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* the place named after its noun ("a market in the northern city of
     * Kano"), as "in Kano" names it */
    run(state, "Russia bombed a market in the northern city of Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "place_syr_aleppo", NULL);
    run(state, "Russia attacked a convoy in the town of Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "place_syr_aleppo", "190");
    run(state, "Putin praised Sweden in a speech in Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "praise", "SWE", NULL);
    /* a sector noun with no country is a modifier, not the object */
    run(state, "Turkey supplied government weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "072");
}

/* A word in -s right after a count of more than one is a plural noun,
 * not a verb: "raided three bars" is no ban (172), "several visits to
 * Saudi Arabia by British officials" are visits (the noun's entry, with
 * its "by" agent). */
static void counted_plurals(void **state)
{
    got g;
    run(state, "The talks follow several visits to Syria by Turkish "
               "officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SYR", "042");
}

/* "urged all factions to attack", "called on all sides to sign": an act
 * asked of people the sentence names by no actor is theirs, not the
 * asker's (no attack by Russia); an actor asked keeps the appeal and the
 * act demanded of it, and "pledged to", "wants a chance to" the
 * subject's own intent. */
static void acts_asked_of_unnamed_people(void **state)
{
    got g;
    run(state, "Russia urged all factions to attack Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia called on all sides to sign an agreement with Turkey.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia urged Turkey to attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "urge", "TUR", "021");
    run(state, "Russia pledged to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    /* (what one wants, asks or requests is as often a thing for one's
     * own act) */
    run(state, "Russia wants a chance to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
}

/* "worried about the state of the Italian economy", "the state of
 * Chile's finances": a state of a thing (a determiner or a genitive
 * follows "of") is a condition, no government; "party political" is the
 * adjective party-political, no party. (fix22b) */
static void state_of_a_thing_is_no_state(void **state)
{
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    void *own;
    got g;
    run(state, "Turkey is concerned about the state of the Russian economy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "concern", "RUS", "012");
    assert_null(strstr(g.json[0], "RUSGOV"));
    run(state, "Turkey is concerned about the state of Russia's finances.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "concern", "RUS", "012");
    assert_null(strstr(g.json[0], "RUSGOV"));
    opts.ontology_dir = KG_TEST_FIXTURE;
    assert_true(kg_ctx_new(&ctx, &opts) >= 0);
    assert_true(kg_ctx_load_agents(ctx, "tests/fixtures/petrarch/parties.agents") >= 0);
    own = ctx;
    run(&own, "Turkey is worried about the party political impact of the "
              "new law.",
        &g);
    assert_int_equal(g.n, 0);
    kg_ctx_free(ctx);
}

/* "a Turkish-Syrian intervention and a meeting of the major
 * powers": the meeting noun is no head of the two-country compound
 * ("and", "of" or an article between), so the pair met neither way;
 * "a Turkish-Syrian border meeting" still meets both ways. (fix22b) */
static void pair_compound_heads_its_noun(void **state)
{
    got g;
    size_t k;
    run(state, "Reports of a Turkish-Syrian intervention and a meeting of "
               "the major powers lifted markets.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "04", 2));
    run(state, "A hastily arranged Turkish-Syrian border meeting ended "
               "without a deal on Tuesday.",
        &g);
    assert_int_equal(g.n, 2);
}

/* "interested parties", "all parties", "the two parties": the sides of a
 * deal or a conflict, no political parties (an agents file gives the
 * fixture the ontology's "party"); "Syrian parties" stay Syria's. */
static void parties_that_are_sides(void **state)
{
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    void *own;
    got g;
    (void)state;
    opts.ontology_dir = KG_TEST_FIXTURE;
    assert_true(kg_ctx_new(&ctx, &opts) >= 0);
    assert_true(kg_ctx_load_agents(ctx, "tests/fixtures/petrarch/parties.agents") >= 0);
    own = ctx;
    run(&own, "Russia held talks with interested parties.", &g);
    assert_int_equal(g.n, 0);
    /* (one side too: "a third party", "related party transactions") */
    run(&own, "Russia held talks with a third party.", &g);
    assert_int_equal(g.n, 0);
    run(&own, "Russia held talks with Syrian parties.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "negotiate", NULL, "046");
    kg_ctx_free(ctx);
}

/* "Labour is telephoning people", "urged people not to rush": appeals,
 * talk and help (01-08) with people of no country, the public at large,
 * carry no event code; a killing of people stays coded (an agents file
 * gives the fixture the ontology's "people"). */
/* A fixture context with one more PETRARCH agents file (the ontology's
 * nouns the fixture lacks); the caller frees it. */
static kg_ctx *fixture_with_agents(const char *agents)
{
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    opts.ontology_dir = KG_TEST_FIXTURE;
    assert_true(kg_ctx_new(&ctx, &opts) >= 0);
    assert_true(kg_ctx_load_agents(ctx, agents) >= 0);
    return ctx;
}

static void public_at_large_is_no_party(void **state)
{
    kg_ctx *ctx = fixture_with_agents("tests/fixtures/petrarch/people.agents");
    void *own = ctx;
    got g;
    (void)state;
    run(&own, "Sweden urged people to stay calm.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(&own, "Sweden killed 14 people.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "kill", "UNK_CVL", "190");
    kg_ctx_free(ctx);
}

/* "its official plantings report", "insisting on official prices":
 * "official" before such a noun is the adjective, no official; "an
 * official in Syria" is one (an agents file gives the fixture the
 * ontology's "official"). */
static void official_as_adjective(void **state)
{
    kg_ctx *ctx =
        fixture_with_agents("tests/fixtures/petrarch/official.agents");
    void *own = ctx;
    got g;
    (void)state;
    run(&own, "Sweden praised official figures in Syria.", &g);
    assert_int_equal(g.n, 0);
    run(&own, "Sweden praised an official in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "SYR", "051");
    kg_ctx_free(ctx);
}

/* "he defended the UK's current regime", "said economic migration helped
 * the UK": talk, support or help (01, 02, 04-07) by a state's own organ
 * or office holder toward that state, named as a country, is no event
 * between actors; toward another state it is. */
static void own_state_is_no_partner(void **state)
{
    got g;
    run(state, "Erdogan praised Turkey's economy.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Erdogan praised Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "praise", "SYR", "051");
    /* (a visit home is no visit either since prec18: home_visit_is_no_visit) */
    run(state, "Erdogan visited Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
}

/* "his arrest", "Erdogan's arrest by Russia": the possessor of an arrest
 * or a release is its patient; "Russia's arrest of Erdogan" its actor. */
static void possessors_of_arrests(void **state)
{
    got g;
    run(state, "Erdogan's arrest by Russia angered Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "arrest", "person_recep_tayyip_erdogan", "173");
    run(state, "Russia's arrest of Erdogan angered Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "arrest", "person_recep_tayyip_erdogan", "173");
    run(state, "Putin criticized his arrest in Sweden.", &g);
    assert_int_equal(g.n, 0);
}

/* Statements, visits and support in news wording: "denied any role in"
 * (016, past a determiner), a visiting leader welcomed is hosted (043),
 * not praised, and support provided is aid (070), not backing. */
static void roots_news_wording(void **state)
{
    got g;
    run(state, "Syria denied any role in the raid on Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deny", "ISR", "016");
    run(state, "The Kremlin denied any responsibility for the raid on "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "deny", "TUR", "016");
    run(state, "Turkey welcomed the visiting German prime minister.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "host", NULL, "043");
    expect_rel(&g, 1, "DEU", "visit", "TUR", "042");
    run(state, "Turkey has provided support to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
}

/* A statement of optimism, pessimism, sympathy, a gesture or comment
 * declined (011-013, 017, 018) that names no party is about the first
 * other country's actor of its clause ("voiced optimism on Tuesday that
 * ties with Syria would improve"); not its own country's (but for its
 * rebels or opposition), and not a name inside a compound modifier ("a
 * Syria-style crisis"). */
static void statements_reach_the_clause_party(void **state)
{
    got g;
    run(state, "Turkey voiced optimism on Tuesday that ties with Syria would "
               "improve.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "optimism", "SYR", "013");
    run(state, "Turkey voiced optimism that Turkish exports would grow.", &g);
    assert_int_equal(g.n, 0);
    /* (its own rebels or opposition are a party: the state faces them) */
    run(state, "Turkey voiced optimism that Turkish rebels would disarm.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "optimism", NULL, "013");
    assert_non_null(strstr(g.json[0], "\"code\":\"TURREB\""));
    run(state, "Turkey voiced optimism that a Syria-style crisis would be "
               "avoided.",
        &g);
    assert_int_equal(g.n, 0);
    /* an international body has no country: its party is the first
     * actor that is no body (was none) */
    run(state, "NATO voiced optimism on Tuesday about the talks in Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "NATO", "optimism", "SYR", "013");
    run(state, "NATO voiced optimism that the European Community would "
               "grow.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "met visiting Brazilian President Lula", "told visiting U.S. Secretary
 * of State George Shultz": "visiting" before a person or an office is the
 * guest's modifier; the subject hosts (043), it does not visit (042)
 * the guest.  "is visiting Turkey" and "while visiting Turkey" stay
 * visits. */
static void visiting_guests_are_hosted(void **state)
{
    got g;
    run(state, "Turkey told visiting Syrian President Assad that ties were "
               "good.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "host", NULL, "043");
    /* (and the guest visits the host's country, 042: PETRARCH's HOST
     * 043:042, the real-news set's "Deng told visiting Shultz") */
    expect_rel(&g, 1, "x_assad", "visit", "TUR", "042");
    assert_string_equal(g.code[1], "SYRGOV"); /* (was the word, SYR) */
    /* (an office's words before the name, no country: "visiting
     * Secretary of State George Shultz", here a title the fixture
     * knows, is still the guest) */
    run(state, "Turkey told visiting Agriculture Secretary Vladimir Putin "
               "that ties were good.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "host", NULL, "043");
    expect_rel(&g, 1, "person_vladimir_putin", "visit", "TUR", "042");
    /* (a country's sector after "told" or an article: "told visiting
     * American officials"; a group hosted makes no visit of its own) */
    run(state, "Turkey told visiting Syrian journalists that ties were "
               "good.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "host", NULL, "043");
    /* (talks with a guest "visiting" names: his visit too) */
    run(state, "Turkey held talks with the visiting Russian President "
               "Vladimir Putin.",
        &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 0, "TUR", "negotiate", "person_vladimir_putin", "046");
    expect_rel(&g, 1, "person_vladimir_putin", "visit", "TUR", "042");
    /* (and hosted: "the visiting" is the guest's modifier, as "met
     * visiting Lula" is) */
    expect_rel(&g, 3, "TUR", "host", "person_vladimir_putin", "043");
    run(state, "Germany is visiting Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", "visit", "TUR", "042");
}

/* "Rafsanjani told a visiting Nicaraguan delegation": "visiting" after
 * an article is the guest's modifier too (no adjective left uncoded),
 * hosted (043) by the subject; a guest of the host's own country is no
 * guest of that host ("telling Chirac after the visiting French
 * official"). */
static void visiting_guest_after_article(void **state)
{
    got g;
    run(state, "Turkey told a visiting Syrian minister that ties were "
               "good.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "host", NULL, "043");
    expect_rel(&g, 1, NULL, "visit", "TUR", "042");
    run(state, "Turkey told a visiting Turkish minister that ties were "
               "good.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Meanwhile, visiting British Minister Michael Howard told Japan to
 * resolve": a guest "visiting" names as the subject, asking of or
 * meeting the one he addresses, visits that one's country (042); not
 * when he criticises a third. */
static void visiting_guest_as_subject(void **state)
{
    got g;
    run(state, "Meanwhile, visiting Syrian minister Anna Berg urged Turkey "
               "to open its markets.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, NULL, "visit", "TUR", "042");
    assert_string_equal(g.code[1], "SYRGOV");
    run(state, "Visiting Syrian minister Anna Berg condemned Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "criticize", "TUR", "111");
}

/* "Commenting on President Reagan's decision to increase tariffs,
 * Baldrige said": a neutral comment on a move of the commenter's own
 * side (one code) is no statement between actors, kept uncoded; an
 * evaluation of it stays coded. */
static void comment_on_own_side_uncoded(void **state)
{
    got g;
    run(state, "Swedish minister Anna Berg commented on the Swedish "
               "government's decision.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "comment", NULL, "");
    run(state, "Sweden commented on Turkey's decision.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "comment", "TUR", "010");
}

/* "Sweden rejected Turkey's repeated requests": the request went to the
 * one who rejects it; the refusal is the event CAMEO codes, the request
 * made before it is kept without a code.  A request only received is the
 * event. */
static void requests_rejected(void **state)
{
    got g;
    run(state, "Sweden has rejected Turkey's repeated requests.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    expect_rel(&g, 1, "TUR", "request", "SWE", "");
}

/* "would abide by Turkey's request": a verb that answers a request or a
 * demand has the party asked as its subject; a verb that only reports or
 * discusses one ("published China's demands", "to discuss Sri Lanka's
 * request") names no party of it (was CHN -> ---MED, LKA -> USAGOV). */
static void requests_answered_or_reported(void **state)
{
    got g;
    run(state, "Sweden would abide by Turkey's request.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "yield", "TUR", "080");
    assert_string_equal(g.modality[0], "hypothetical");
    expect_rel(&g, 1, "TUR", "request", "SWE", "020");
    /* (abiding done is an event, and the request granted keeps its code,
     * as "agreed to a US request" does: ex_granted_ask, missA; a demand
     * met would be the yield alone) */
    run(state, "Sweden abided by Turkey's request.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "yield", "TUR", "080");
    expect_rel(&g, 1, "TUR", "request", "SWE", "020");
    run(state, "Sweden is responding to Turkey's request.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "request", "SWE", "020");
    run(state, "Sweden published Turkey's request in an editorial.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden met to discuss Turkey's request for a loan.", &g);
    expect_no_code(&g, "020");
}

/* "at the next U.S.-Japan committee meeting", "Nakasone's scheduled
 * visit", "a probable meeting between Baker and Miyazawa": a word in the
 * act's own noun phrase that puts it ahead makes it planned (036) or
 * only possible (no event); a meeting with none was held. */
static void meetings_put_ahead_in_their_phrase(void **state)
{
    got g;
    run(state, "Markets rose before the next meeting between Sweden and "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Markets rose before a scheduled visit to Turkey by Sweden's "
               "prime minister.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "visit", "TUR", "036");
    run(state, "Markets watched for a probable meeting between Sweden and "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Markets rose after the meeting between Sweden and Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
    assert_string_equal(g.modality[0], "asserted");
}

/* "its former Indian Ocean colony", "the South China Sea": a country's
 * name or demonym before "Ocean" or "Sea" names the water, no party (was
 * FRA -> IND 071, USAGOV -> IND 154). */
static void seas_named_for_countries(void **state)
{
    got g;
    run(state, "Sweden attacked ships in the Turkish Sea.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", NULL, "190");
    assert_string_not_equal(g.obj[0], "TUR");
    run(state, "Sweden attacked Turkish ships.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "190");
}

/* "pursued efforts to obtain a ceasefire between Iran and Iraq", "calls
 * on Shultz to enter into negotiations with Japan": an act named as what
 * an infinitive of getting would reach is not had yet (no event); a
 * ceasefire signed is one. */
static void acts_sought_by_infinitive(void **state)
{
    got g;
    run(state, "Anna Berg pursued efforts to obtain a ceasefire between "
               "Sweden and Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "hypothetical");
    assert_string_equal(g.modality[1], "hypothetical");
    run(state, "Sweden signed a ceasefire with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "ceasefire", "TUR", "0871");
    /* (an act brought back or made more of, past a noun joined before
     * it: "to \"restore normalcy and cooperation\" between their
     * countries", prec18) */
    run(state, "Anna Berg pursued efforts to restore normalcy and a "
               "ceasefire between Sweden and Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "hypothetical");
    assert_string_equal(g.modality[1], "hypothetical");
    run(state, "Anna Berg pursued efforts to strengthen the ceasefire "
               "between Sweden and Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[0], "hypothetical");
}

/* "Moves to lift the European Union's ban on arms exports to China have
 * been condemned by the Conservatives": the passive's subject is the
 * possessed act, its possessor the one condemned, across a compound
 * noun of the act's phrase (was GBRPTY -> CHN). */
static void passive_possessed_act_compound(void **state)
{
    got g;
    size_t k, hit = 0;
    run(state, "Sweden's embargo on arms exports to Turkey was condemned by "
               "Russia.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "criticize")) {
            assert_string_equal(g.subj[k], "RUS");
            assert_string_equal(g.obj[k], "SWE");
            hit++;
        }
    assert_int_equal(hit, 1);
}

/* "Rha leaves today for Ottawa for trade talks with Canadian officials",
 * "He was visiting New York for talks with investors": the place of a
 * trip is no party of the talks it is for; with the traveller unknown
 * the talks have none (was CANGOV -> CANBUS 040). */
static void trip_place_is_no_party(void **state)
{
    got g;
    size_t k;
    run(state, "He was visiting Sweden for talks with Turkish "
               "officials.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.code[k], "SWE");
    run(state, "Turkey's prime minister travelled to Sweden for a "
               "meeting with Swedish officials.",
        &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "meet") != 0; k++)
        ;
    assert_true(k < g.n);
    assert_string_equal(g.code[k], "TURGOV");
}

/* "China has been accused of blocking access to Google News", "charged
 * Japan with violating GATT rules": the act accused of is alleged, no
 * event told as done. */
static void acts_accused_of_are_alleged(void **state)
{
    got g;
    run(state, "Sweden has been accused of attacking Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Sweden attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "190");
}

/* "U.S. trade representative Clayton Yeutter", "Oil Minister Hisham
 * Nazer": a word of an office before its holder's name is no event (no
 * trade, no supply between the country and its own official); the office
 * codes the person. */
static void title_words_are_no_triggers(void **state)
{
    got g;
    run(state, "U.S. supply minister Anna Berg said Turkey erred.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "U.S. supply minister Anna Berg met Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "meet", "TUR", "040");
    assert_string_equal(g.code[0], "USAGOV");
}

/* "trade between Sweden and Turkey": both ways. */
static void between_two_actors(void **state)
{
    got g;
    run(state, "Trade between Sweden and Turkey grew.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "trade", "TUR", NULL);
    expect_rel(&g, 1, "TUR", "trade", "SWE", NULL);
}

/* "condemned the crackdown in Syria": what a state does to its own
 * people, criticised where it happens, is criticism of that state; an
 * attack there is not (its place is the victim). */
static void state_deeds_criticised_in_place(void **state)
{
    got g;
    run(state, "Sweden condemned the crackdown in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "SYR", "111");
    run(state, "Sweden condemned the attack in Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "Sweden and Turkey restored diplomatic relations": relations
 * established or restored (054) are each side's with the other; a
 * recognition with its own object is not shared. */
static void diplomatic_relations_restored_both_ways(void **state)
{
    got g;
    run(state, "Sweden and Turkey restored diplomatic relations.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "recognize", "SWE", "054");
    expect_rel(&g, 1, "SWE", "recognize", "TUR", "054");
    run(state, "Sweden restored diplomatic relations with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "recognize", "TUR", "054");
}

/* A trade noun that only modifies the noun after it ("trade
 * representative", "trade talks") or a market's "trading" is no trade
 * between the actors around it; the trade itself still is, and so are its
 * sums ("trade volume with"). */
static void trade_as_modifier(void **state)
{
    got g;
    run(state, "The Swedish trade ministry thanked Turkey.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "trade");
    run(state, "Swedish trade representative Anna Berg visited Ankara.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "trade");
    run(state, "Swedish trade talks with Turkey resumed.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "trade");
    run(state, "Swedish shares were trading with Turkish ones.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Swedish trade with Turkey grew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", NULL);
    run(state, "The Swedish trade volume with Turkey grew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", NULL);
}

/* What a seller sells is no party: the buyer follows "to", or stands
 * before the goods ("sold Turkey two frigates"). */
static void sale_goods_are_no_party(void **state)
{
    got g;
    run(state, "Sweden sold the Volvo Group to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden sold the Volvo Group.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden sold Turkey two frigates.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    /* an agreed sale is the sale, once, with its buyer */
    run(state, "Sweden agreed to sell the Volvo Group to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    /* (the request granted is Turkey's appeal too, ex_granted_ask) */
    run(state, "Sweden agreed to a Turkish request.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, rel_with_code(&g, "030"), "SWE", "agree_to", "TUR",
               "030");
}

/* A known name at the head of a company's name ("Turkey Financial Corp")
 * is the company, not the country; a name ending in "Co" is a company. */
static void company_names_keep_their_places(void **state)
{
    got g;
    run(state, "Sweden accused Turkey Financial Corp.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_turkey_financial_corp", "112");
    run(state, "Sweden accused Airdrome Parts Co.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"type\":\"Organization\""));
    run(state, "Sweden accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "TUR", "112");
}

/* A one-word title before a company's word is the company's first word
 * ("General Motors", "General Accounting Office"), not a general's rank;
 * before a person's name it stays a title. */
static void title_before_company_word_is_the_company(void **state)
{
    got g;
    run(state, "Sweden accused General Motors.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_general_motors", "112");
    assert_non_null(strstr(g.json[0], "\"type\":\"Organization\""));
    run(state, "Sweden accused the General Accounting Office.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_general_accounting_office", "112");
    run(state, "Sweden accused General Ahmed Zaki.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "x_ahmed_zaki", "112");
}

/* A committee of a Senate or House is its legislature: the US's, also in
 * a story about another country (as bare "Senate" is), unless a country
 * is named right before it; so is a country's "Congress" ("the
 * Philippine Congress"), bare "Congress" staying the US's. */
static void chamber_committees_are_the_legislature(void **state)
{
    got g;
    run(state, "The House Ways and Means Committee accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_house_ways_and_means_committee", "accuse", "SWE",
               "112");
    assert_string_equal(g.code[0], "USALEG");
    run(state, "Britain spoke. Britain wrote. "
               "The Senate Finance Committee accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_senate_finance_committee", "accuse", "SWE", "112");
    assert_string_equal(g.code[0], "USALEG");
    run(state, "The Turkish Congress accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_LEG", "accuse", "SWE", "112");
    assert_string_equal(g.code[0], "TURLEG");
    run(state, "Britain spoke. Britain wrote. Congress accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "USAGOVLEG");
    /* a story about a state whose legislature is a Congress, that has
     * not named the US: its Congress; naming the US, the US's */
    run(state, "Chile spoke. Chile wrote. Congress accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "CHLLEG");
    run(state, "Chile spoke. Chile wrote to the United States. "
               "Congress accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "USAGOVLEG");
}

/* Bare "the Senate", "the House" with no country in the phrase are the US
 * Congress's chambers (PETRARCH's Phoenix.Countries.actors files bare
 * SENATE_ under USAGOVLEG), also in a story about another country and
 * not the country the sentence names besides ("the Senate accused
 * Sweden" was Sweden's legislature); "the House" of a story that speaks of
 * MPs is Britain's; "House prices" and "Bless This House" name none. */
static void bare_senate_and_house_are_the_us_chambers(void **state)
{
    got g;
    run(state, "The Senate accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "SWE", "112");
    assert_string_equal(g.code[0], "USALEG");
    run(state, "Sweden spoke. Sweden wrote. The House accused Britain.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "USALEG");
    run(state, "MPs spoke. The House accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "GBRLEG");
    run(state, "House prices accused Sweden.", &g);
    assert_true(g.n == 0 || strcmp(g.code[0], "USALEG") != 0);
}

/* An institution of several capitalised words after "the" ("the Supreme
 * Court") is the article's country's, as one word ("the Army") is. */
static void capitalised_institution_of_several_words(void **state)
{
    got g;
    run(state, "Sweden spoke. Sweden wrote. The Supreme Court accused Britain.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "GBR", "112");
    assert_string_equal(g.code[0], "SWEJUD");
}

/* A party's one-word name after a capitalised word of party names is
 * part of another party's name: "Free Democrats" are not the US
 * Democrats. */
static void party_word_before_a_party_name(void **state)
{
    got g;
    run(state, "Democrats accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "USAPTY");
    run(state, "The Free Democrats accused Sweden.", &g);
    assert_true(g.n == 0 || strcmp(g.code[0], "USAPTY") != 0);
}

/* "Korean" alone is South Korea's in a story that names the South and
 * not the North, North Korea's in the reverse, and no country's in one
 * that names neither (shared_names.tsv, neither = none). */
static void korean_follows_the_korea_named(void **state)
{
    got g;
    run(state, "Korean officials accused Sweden. Seoul said so.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "KOR", "accuse", "SWE", "112");
    run(state, "Korean officials accused Sweden. Pyongyang said so.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "PRK", "accuse", "SWE", "112");
    run(state, "A Korean writer accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "");
}

/* "Korea" alone is South Korea ("U.S. pleas for Taiwan and Korea to
 * import more"), in a story that names neither Korea as in one that names
 * the South; North Korea in one that names only the North. */
static void korea_alone_is_the_south(void **state)
{
    got g;
    run(state, "Sweden urged Korea to open its markets.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "KOR", NULL);
    run(state, "Sweden urged Korea to open its markets. Seoul said so.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", NULL, "KOR", NULL);
    run(state, "Sweden urged Korea to end its nuclear programme. North "
               "Korea refused.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", NULL, "PRK", NULL);
}

/* "urged Syria to press ahead with reforms", "to press on with": the
 * verb (to go on), not the media noun "press" (MED), which had taken the
 * token, so that the entry "press ahead" (no code) was never read (with
 * the shipped lexicon the appeal was lost too); "spoke to the press"
 * stays the media. */
static void to_press_ahead_is_a_verb(void **state)
{
    got g;
    size_t k;
    int urged = 0, goes_on = 0;
    run(state, "Turkey urged Syria on Tuesday to press ahead with Russia.", &g);
    for (k = 0; k < g.n; k++) {
        if (!strcmp(g.type[k], "urge")) {
            expect_rel(&g, k, "TUR", "urge", "SYR", NULL);
            urged = 1;
        }
        if (!strcmp(g.type[k], "persist")) {
            expect_rel(&g, k, "SYR", "persist", "RUS", NULL);
            goes_on = 1;
        }
    }
    assert_true(urged && goes_on);
}

/* Wire copy's head count as a protest's actor: "Tens of thousands took
 * to the streets of Caracas", "Some 5,000 people blocked roads in
 * Bolivia" are the people of the place (was no subject, no relation). */
static void head_count_protesters(void **state)
{
    got g;
    run(state, "Tens of thousands took to the streets of Stockholm on "
               "Saturday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_CVL", "protest", "SWE", "141");
    run(state, "Hundreds of thousands blocked roads in Sweden on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWECVL");
    /* the city whose square the entry's words name ("pack * square"):
     * where, and whose people, not the protest's target */
    run(state, "Hundreds of thousands packed Stockholm's main square on "
               "Friday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_CVL", "protest", "SWE", "141");
    /* (a head count of no protest is no one: "Thousands watched") */
    run(state, "Thousands of people watched the parade in Stockholm.", &g);
    assert_int_equal(g.n, 0);
}

/* A show of force held at home says whom it is meant for later in its
 * clause: "paraded missiles through the capital in a show of strength
 * aimed at Washington" (was the place's own state, or none). */
static void force_aimed_at(void **state)
{
    got g;
    run(state, "Sweden massed troops near Stockholm on Monday in a move "
               "aimed at Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "mobilize", "TUR", "154");
    run(state, "Sweden massed troops on Monday in a move aimed squarely "
               "at Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "mobilize", "TUR", "154");
    /* a show of force named as the manner of the clause's act is the
     * clause subject's, at the one who calls it so when none is named
     * (ex_show_adjunct; was no subject: a noun's actor stood in its own
     * phrase) */
    run(state, "Russian warships sailed through the Bosporus on Sunday in "
               "what Turkey called a show of force.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "show_force", "TUR", "150");
    run(state, "Russian warships sailed near Syria in a show of force "
               "against Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "show_force", "TUR", "150");
    /* (no such phrase, 0: the name at token 1 is no caller; was RUS ->
     * TUR) */
    run(state, "Unlike Turkey, Russia made a show of force.", &g);
    assert_int_equal(g.n, 0);
}

/* "Egypt rejected Russia's request": an appeal named by a noun that a
 * rejection turns down was made before; it stays a relation with no
 * event code, and the rejection is the event. */
static void rejected_request_is_no_event(void **state)
{
    got g;
    run(state, "Sweden rejected Turkey's request for weapons.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    expect_rel(&g, 1, "TUR", "request", "SWE", "");
    run(state, "Turkey asked Sweden for weapons.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "urge", "SWE", "020");
}

/* "marched, demanding that Suharto step down", "went on strike to demand
 * that": a demand made by a participle or an infinitive after a protest
 * is the protest's aim, coded as the protest alone; a finite demand ("is
 * demanding") is an event of its own. */
static void demand_as_a_protest_aim(void **state)
{
    got g;
    run(state, "Farmers in Sweden went on strike against Turkey, demanding "
               "that Russia free Erdogan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "TUR", "143");
    run(state, "Farmers in Sweden went on strike against Turkey to demand "
               "that Russia free Erdogan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "TUR", "143");
    run(state, "Farmers in Sweden went on strike against Turkey, and "
               "Germany is demanding that Russia free Erdogan.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "DEU", "demand", "RUS", "100");
    /* (an aim after "aimed at": "a strike aimed at forcing President
     * Chavez from office", 1431 at him) */
    run(state, "Farmers in Sweden went on strike aimed at forcing Erdogan "
               "from office.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "person_recep_tayyip_erdogan",
               "1431");
}

/* A protest's aim in wire copy, "went on hunger strike to press for
 * higher pay", "to push for": the aim names no one, so the protest is
 * aimed at the protesters' own state (was none: "press" is the media's
 * token, and "push" no aim; the fixture's "go on strike" as the shipped
 * lexicon's). */
static void to_press_for_is_an_aim(void **state)
{
    got g;
    run(state, "Farmers in Sweden went on strike to press for lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "SWE", "143");
    run(state, "Farmers in Sweden went on strike to push for lower fees.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "SWE", "143");
    /* a dispute over a contract is one over pay (was none: "contract"
     * was no word of the state's) */
    run(state, "Farmers in Sweden went on strike on Monday over a new "
               "contract.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_AGR", "protest", "SWE", "143");
}

/* Korea wire copy's "the South", "the North": that Korea in a story that
 * names either Korea or its capital (was an unknown "South"); no actor
 * elsewhere, and not where a name goes on ("the South Korean"). */
static void the_south_and_the_north_of_korea(void **state)
{
    got g;
    run(state, "North Korea accused the South on Tuesday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "PRK", "accuse", "KOR", "112");
    run(state, "Seoul said so. The North accused Sweden.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "PRK", "accuse", "SWE", "112");
    run(state, "Sweden accused the North.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.obj[0], "PRK");
}

/* "the tribunal in The Hague", "The Hague war crimes tribunal" are the
 * Hague tribunal (ICTY), not the Dutch government the seat would name;
 * "the court in The Hague" and "The Hague court" are too in a story of
 * the former Yugoslavia, and are left alone in others (Dutch courts, the
 * ICJ and the ICC sit there too). */
static void tribunal_in_the_hague_is_the_tribunal(void **state)
{
    got g;
    run(state, "The tribunal in The Hague accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ICTY", "accuse", "SWE", "112");
    run(state, "Sweden accused the war crimes tribunal at The Hague.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "ICTY", "112");
    run(state, "The Hague war crimes tribunal accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ICTY", "accuse", "SWE", "112");
    run(state, "The Hague court accused Sweden of shielding Milosevic.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "ICTY", "accuse", "SWE", "112");
    run(state, "A court in The Hague accused Sweden of shielding Milosevic.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "ICTY", "accuse", "SWE", "112");
    run(state, "A court in The Hague accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_JUD", "accuse", "SWE", "112");
}

/* A business noun takes the article's country only when nothing says it
 * is another's: "Exxon, the world's largest oil company," in a story
 * about Russia and "foreign firms" are no Russian business; "Swedish
 * creditor banks" are Sweden's.  (The fixture's business noun is
 * "merchant".) */
static void foreign_business_keeps_no_home_country(void **state)
{
    got g;
    run(state, "Russia spoke. Russia acted. Exxon, the world's largest oil "
               "merchant, accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---BUS");
    run(state, "Russia spoke. Russia acted. Foreign merchants accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---BUS");
    run(state, "Russia spoke. Russia acted. Swedish creditor merchants "
               "accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWEBUS");
    run(state, "Russia spoke. Russia acted. The merchant accused Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSBUS");
}

/* The act a threat names ("Russia's threat to attack Sweden", "its
 * threat on Friday to attack") is threatened, not done, as after
 * "threatened to". */
static void threat_nouns_threaten(void **state)
{
    got g;
    size_t k, seen = 0;
    run(state, "Russia's threat to attack Sweden worried Finland.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack")) {
            assert_string_equal(g.modality[k], "threatened");
            seen++;
        }
    assert_int_equal(seen, 1);
    /* (a date before the "to": "the U.S. threat on Friday to impose
     * tariffs", xtra17) */
    run(state, "Sweden renewed its threat on Friday to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "138");
    assert_string_equal(g.modality[0], "threatened");
}

/* What is offered is no party to the offer: "offering LLU services",
 * "reports on Turkish markets"; the one offered something is ("offered
 * Turkey wide access"). */
static void offered_things_are_no_party(void **state)
{
    got g;
    run(state, "Sweden began offering LLU services.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden will offer daily reports on Turkish markets.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden offered Turkey wide access.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "offer", "TUR", "030");
}

/* An approval endorses an actor, not the drug, law or deal approved
 * ("approved Cephradine, an antibiotic"); an actor's plan or request
 * approved is the actor's ("approved Turkey's request"). */
static void approved_things_endorse_nobody(void **state)
{
    got g;
    run(state, "Sweden approved Cephradine, an antibiotic.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden approved Turkey's request.", &g);
    assert_true(g.n >= 1); /* (and Turkey's request of Sweden) */
    expect_rel(&g, 0, "SWE", "endorse", "TUR", "051");
}

/* Adjectives inside a coordinated subject ("and the evil awful X") keep
 * it coordinated; a list ends at its "and": ", the X newspaper said"
 * after it is an apposition, not one more object. */
static void conjuncts_with_adjectives_and_lists(void **state)
{
    got g;
    run(state, "Sweden and the old neutral Turkey attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    expect_rel(&g, 1, "SWE", "attack", "SYR", "190");
    /* not through a participle: "besieged" makes a verb phrase */
    run(state, "Sweden and besieged Turkey attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    run(state, "Russia attacked Sweden and Syria, the Turkey newspaper said.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "190");
    expect_rel(&g, 1, "RUS", "attack", "SYR", "190");
    run(state, "Russia attacked Sweden, Syria, and Turkey.", &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 2, "RUS", "attack", "TUR", "190");
}

/* A possessive opens the object's phrase as an article does. */
static void possessives_open_object_phrases(void **state)
{
    got g;
    run(state, "Sweden supplied their old weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "TUR", "072");
}

/* "Sweden rejected the accusations": the accusations of the sentence
 * before, if they were against Sweden. */
static void accusations_rejected(void **state)
{
    got g;
    run(state, "Turkey accused Sweden. Sweden rejected the accusations.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "reject", "TUR", "120");
    run(state, "Turkey accused Sweden. Russia rejected the accusations.", &g);
    assert_int_equal(g.n, 1);
}

/* "Sweden rejected the request", "an offer Sweden rejected": the offer,
 * appeal or demand made before, if it was made to Sweden
 * (ex_rejected_proposer). */
static void offers_rejected(void **state)
{
    got g;
    run(state, "Turkey urged Sweden to extradite the suspects. Sweden "
               "rejected the request.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "reject", "TUR", "120");
    run(state, "Turkey offered Sweden a compromise -- an offer Sweden "
               "rejected.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "reject", "TUR", "120");
    /* (made to another: no party) */
    run(state, "Turkey urged Sweden to extradite the suspects. Russia "
               "rejected the request.", &g);
    assert_int_equal(g.n, 1);
}

/* "Erdogan, a senior member of NATO": membership through an apposition
 * with a role noun. */
static void roles_in_appositions(void **state)
{
    got g;
    run(state, "Erdogan, a senior member of NATO, praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "praise", "SWE", NULL);
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "member", "NATO", NULL);
    /* a country in apposition: "NATO's second largest army", "a NATO
     * member"; "NATO's critic" says no membership */
    run(state, "Turkey \xE2\x80\x93 NATO's second largest army "
               "\xE2\x80\x93 rejected Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "reject", "SWE", NULL);
    expect_rel(&g, 1, "TUR", "member", "NATO", NULL);
    run(state, "Sweden, a NATO member, praised Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "member", "NATO", NULL);
    run(state, "Erdogan, NATO's critic, praised Sweden.", &g);
    assert_int_equal(g.n, 1);
}

/* "Biden called him a dictator": a pronoun object is not the subject of
 * its own clause; "in his 2020 attack" is a noun, no event. */
static void pronoun_objects_and_year_nouns(void **state)
{
    got g;
    run(state, "Putin met Erdogan and praised him.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_vladimir_putin", "praise",
               "person_recep_tayyip_erdogan", NULL);
    run(state, "Putin met Erdogan after his 2020 attack on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", NULL);
}

/* "an exchange of prisoners between Russia and Turkey": a noun even
 * where a longer verb pattern matches; "as Russia had done" repeats the
 * act with another actor, not negated with the first. */
static void nouns_after_determiners_and_as_did(void **state)
{
    got g;
    run(state, "Sweden helped secure an exchange of prisoners between Turkey "
               "and Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "exchange", "RUS", "");
    expect_rel(&g, 1, "RUS", "exchange", "TUR", "");
    run(state, "Turkey did not attack Syria, as Russia had done.", &g);
    assert_int_equal(g.n, 2);
    assert_true(g.negated[0]);
    expect_rel(&g, 1, "RUS", "attack", "SYR", "190");
    assert_false(g.negated[1]);
}

/* "X said Y was behind the attack" is an accusation by X; "Dear Russian
 * friends, you ..." makes "you" Russia. */
static void behind_and_addressees(void **state)
{
    got g;
    run(state, "Turkey said Sweden was behind the attack.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SWE", "112");
    run(state, "Sweden is behind the attack.", &g);
    assert_int_equal(g.n, 0); /* nobody accuses */
    /* the speaker behind it claims it, aimed at whom the attack names */
    run(state, "Turkey said it was behind the attack on Swedish troops.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "claim_responsibility", "SWE", "015");
    run(state, "\xE2\x80\x9C" "Dear Russian friends, you are behind the "
               "attacks,\xE2\x80\x9D Erdogan said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "accuse", "RUS", "112");
    run(state, "Erdogan said Sweden was behind the new system.", &g);
    assert_int_equal(g.n, 0); /* no harm, no accusation */
    /* a quote that judges an actor: praise negated, or blame */
    run(state, "\xE2\x80\x9CSweden is not a reliable partner,\xE2\x80\x9D "
               "Erdogan said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "criticize", "SWE",
               "111");
    run(state, "\xE2\x80\x9CSweden is a reliable partner,\xE2\x80\x9D "
               "Erdogan said.", &g);
    assert_int_equal(g.n, 0);
    /* "we" refusing assent to an actor; "your hands off" to the addressee */
    run(state, "\xE2\x80\x9CWe cannot look positively at Sweden's bid,"
               "\xE2\x80\x9D Erdogan said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "reject", "SWE", "120");
    run(state, "\xE2\x80\x9C" "Dear Russian friends, you lied.\xE2\x80\x9D "
               "\xE2\x80\x9CTake your hands off Turkey,\xE2\x80\x9D Erdogan "
               "said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "demand", "RUS", "100");
}

/* "the war-torn country" is a country named in an earlier sentence; "the
 * parts of the war-torn country it controls" has that country as the
 * object of "controls" and "it" as someone else. */
static void described_countries_and_gap_objects(void **state)
{
    got g;
    run(state, "Sweden praised Syria. Turkey attacked the war-torn country.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "attack", "SYR", "190");
    run(state, "Sweden praised Syria. Turkey attacked the other country.",
        &g);
    assert_int_equal(g.n, 1);
    run(state, "Sweden praised Syria. Turkey builds homes in the parts of "
               "the war-torn country it controls.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "control", "SYR", "");
    /* after a verb, the actor is that verb's object, not a gap */
    run(state, "Turkey told Sweden it controls the market.", &g);
    assert_int_equal(g.n, 0);
    /* holding ground, not owning a company */
    run(state, "Turkey controls Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "control", "SYR", "");
}

/* "attacked Sunni insurgents": the group noun is the actor, not a name
 * "Sunni". */
static void faiths_before_group_nouns(void **state)
{
    got g;
    run(state, "Syria attacked Sunni insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "REB") != NULL);
}

/* "militiamen loyal to X", "fighters loyal to X": X's armed group is the
 * actor (X's country and the noun's agent), and X itself no party. */
static void groups_loyal_to_an_actor(void **state)
{
    got g;
    run(state, "Syria attacked insurgents loyal to radical cleric Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "person_vladimir_putin_REB", "190");
    /* a faith before the role noun */
    run(state, "Syria attacked insurgents loyal to Shiite cleric Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "person_vladimir_putin_REB", "190");
    run(state, "Fighters loyal to Putin attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin_REB", "attack", "SYR", "190");
    assert_string_equal(g.code[0], "RUSREB");
    run(state, "Rebels loyal to Turkey attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", "attack", "SYR", "190");
    assert_string_equal(g.code[0], "TURREB");
}

/* "killed three Sunni insurgents", "arrested 12 Islamist militants",
 * "rounded up dozens of demonstrators": a count before the group noun
 * (and its faith) leaves the group the object. */
static void counts_before_faiths_and_groups(void **state)
{
    got g;
    run(state, "Syria attacked three Sunni insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "REB") != NULL);
    run(state, "Syria attacked 12 Islamist insurgents.", &g);
    assert_int_equal(g.n, 1);
    assert_true(strstr(g.obj[0], "REB") != NULL);
    run(state, "Syria attacked dozens of insurgents.", &g);
    assert_int_equal(g.n, 1);
    assert_true(strstr(g.obj[0], "REB") != NULL);
}

/* "US forces and Shia militiamen", "Turkey and Sunni insurgents": a
 * conjunct that is a faith and a group noun. */
static void conjuncts_with_faiths(void **state)
{
    got g;
    run(state, "Turkey and Sunni insurgents attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    assert_true(strstr(g.subj[0], "REB") != NULL);
    expect_rel(&g, 1, "TUR", "attack", "SYR", "190");
    run(state, "Syria attacked Turkey and Sunni insurgents.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
    assert_true(strstr(g.obj[1], "REB") != NULL);
}

/* "Google's battle with Yahoo", "the European Parliament has clashed with
 * the EU": a fight (CAMEO 19) with no armed side and not between two
 * states is a rivalry or a quarrel, no event; police, rebels or two
 * states do fight. */
static void unarmed_fights_are_no_combat(void **state)
{
    got g;
    run(state, "Sweden clashed with the European Community.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The Kurds clashed with the European Community.", &g);
    assert_int_equal(g.n, 0);
    run(state, "The Kurds clashed with Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "KURDS", "fight", "TUR_COP", "190");
    run(state, "Sweden clashed with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "fight", "TUR", "190");
}

/* "close to the border", "a little-known shell company", "beginning next
 * week": a verb entry's first word used as an adjective, a noun's
 * modifier or a time's preposition is no event. */
static void verbs_as_modifiers(void **state)
{
    got g;
    run(state, "Syrians rioted in a town close to the border with Turkey.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria closed the border with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "blockade", "TUR", "191");
    run(state, "Syria sold it to a Turkish shell company.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria shelled Turkish towns.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "194");    /* ("beginning next week": when) */
    run(state, "Putin will visit Sweden, Syria and Turkey beginning next "
               "week for talks.",
        &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_equal(g.type[k], "visit");
    run(state, "Syria and Turkey began talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "negotiate", "SYR", "046");
}

/* "attacked Labour's six new pledges", "attacked Mr Brown for failing
 * to": an attack on words or conduct, past the three words the
 * lexicon's "attack * policy" rows reach, is criticism (111). */
static void attacks_on_words_are_criticism(void **state)
{
    got g;
    run(state, "Sweden attacked Turkey's six new economic pledges.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden attacked Turkey for failing to act.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "TUR", "111");
    run(state, "Sweden attacked Turkey's northern military bases.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "190");
}

/* "I attack Michael Howard politically", "Labour poster plans attacking
 * Mr Howard": an attack by a politician, party or government on a
 * political rival of the same country is criticism (111); an attack on
 * another country, or by the police, stays force. */
static void attacks_on_home_rivals_are_criticism(void **state)
{
    got g;
    run(state, "The Labour Party attacked the British opposition.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "LABOUR_PARTY_UK", "criticize", "GBR_OPP", "111");
    run(state, "The Labour Party attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "LABOUR_PARTY_UK", "attack", "SWE", "190");
    run(state, "British police attacked the Labour Party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR_COP", "attack", "LABOUR_PARTY_UK", "190");
}

/* "accused the president of excluding Iraq-related costs": an -ing form
 * after a title's "of" opens the deed, not the office's place; "the
 * president of Turkey" stays Turkey's government. */
static void title_of_gerund_is_no_place(void **state)
{
    got g;
    run(state, "Sweden accused the president of excluding Turkey from the talks.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden accused the president of Turkey of lying.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "TUR", "112");
}

/* "Geneva-based GATT", "the Hamburg-based shipping line": a place before
 * "-based" says where the body after it sits; a named body is the
 * actor, not the place, and a firm is the place's business. */
static void based_places_are_no_actors(void **state)
{
    got g;
    run(state, "Sweden urged Aleppo-based Oxfam to leave.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "place_syr_aleppo");
    run(state, "Sweden signed an agreement with an Alaska-based company.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sign", "USA_BUS", "057");
}

/* "Fierce battles between insurgents and US forces": a word right before
 * "between" is a noun, though no article or possessive marks it so;
 * "fighting" is a noun too. */
static void nouns_before_between(void **state)
{
    got g;
    run(state, "Fierce battles between Syria and Turkey continued.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "fight", "TUR", "190");
    expect_rel(&g, 1, "TUR", "fight", "SYR", "190");
    /* (a second actor joined to the second party is on its side: "between
     * insurgents and US and Iraqi forces" pairs the insurgents with each) */
    run(state,
        "Fierce battles between Syria and Turkey and Sweden continued.", &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 2, "SYR", "fight", "SWE", "190");
    expect_rel(&g, 3, "SWE", "fight", "SYR", "190");
    /* (and "fighting" is a noun of its own, whose actors stand in its
     * phrase: "an end to three weeks of fighting in Najaf" is no one's
     * fight with Iraq) */
    run(state, "Fighting between Syria and Turkey continued.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "fight", "TUR", "190");
    run(state, "Sweden helped end three weeks of fighting in Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "shot dead by Afghan and U.S.-led troops", "supported by the U.K., the
 * Netherlands and Japan": each actor coordinated after a passive verb's
 * agent acts too; one that a verb follows opens a new clause. */
static void coordinated_passive_agents(void **state)
{
    got g;
    size_t k;
    int rus = 0;
    run(state, "Sweden was attacked by Turkey and Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "attack", "SWE", "190");
    expect_rel(&g, 1, "RUS", "attack", "SWE", "190");
    run(state, "Sweden was praised by Turkey, Syria and Russia.", &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 2, "RUS", "praise", "SWE", "051");
    run(state, "Sweden was attacked by Turkey and Russia praised Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "RUS") && !strcmp(g.type[k], "attack"))
            rus = 1;
    assert_false(rus);
}

/* "Van Gogh was shot and stabbed to death in Amsterdam": the second of
 * two coordinated participles is passive too, so its victim is no
 * attacker and the place no target; an agent after it still acts. */
static void coordinated_passive_participles(void **state)
{
    got g;
    run(state, "A Turkish diplomat was attacked and killed in Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden was arrested and attacked in Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden was shot and attacked by Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SWE", "190");
}

/* "Caracas was cutting ties with Bogota": an -ing form the lexicon lists
 * among a verb's forms makes a progressive after "be", not a passive. */
static void progressive_of_a_listed_ing_form(void **state)
{
    got g;
    run(state, "Turkey was shelling Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "194");
    run(state, "Turkey is firing missiles at Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "195");
    run(state, "Turkey was shelled by Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "194");
}

/* "indicted former President Park Geun-hye": a word of the office's time
 * before a bare title and the person it names leaves the person the
 * object, as the title alone does. */
static void time_word_before_a_bare_title(void **state)
{
    got g;
    run(state, "Sweden condemned former President Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", NULL, "111");
    run(state, "Sweden praised acting President Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", NULL, "051");
}

/* "killed by a car bomb in Baghdad": the second word of a noun entry
 * after an article (and one describing word) is no verb, so the victims
 * are no bombers and the place no target; the verb stays a verb after
 * a plain subject. */
static void second_word_of_a_noun_entry(void **state)
{
    got g;
    run(state, "Three Turkish soldiers were killed by a car bomb in Syria.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkish soldiers were hit by a massive car bomb in Syria.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkish jets bomb Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
}

/* "launched coordinated attacks on", "paid brief visits to": up to two
 * modifiers between a light verb and a word that is a noun or a verb
 * leave it the noun. */
static void light_verbs_before_modifiers(void **state)
{
    got g;
    run(state, "Russia paid two brief visits to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "visit", "SYR", "042");
}

/* "Israeli forces blocked main roads in Gaza": roads blocked by troops or
 * police are a blockade (191); by others, an obstruction (144). */
static void roads_blocked_by_forces(void **state)
{
    got g;
    run(state, "The Turkish army blocked roads in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "blockade", "SYR", "191");
    run(state, "Turkey blocked roads in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "protest", "SYR", "144");
}

/* "clashes on Tuesday between X and Y", "trade in Damascus between":
 * a date, or a place after "in", before "between". */
static void between_after_dates_and_places(void **state)
{
    got g;
    run(state, "Trade on Tuesday between Sweden and Turkey grew.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "trade", "TUR", NULL);
    expect_rel(&g, 1, "TUR", "trade", "SWE", NULL);
    run(state, "Trade in Damascus between Sweden and Turkey grew.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "trade", "TUR", NULL);
}

/* "In Syria, Erdogan praised Sweden": a bare comma joins no subjects (a
 * list's last member follows "and"); "Russia, Syria and Turkey" does. */
static void lists_end_in_and(void **state)
{
    got g;
    run(state, "In Syria, Erdogan praised Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "praise", "SWE", "051");
    run(state, "Russia, Syria and Turkey praised Sweden.", &g);
    assert_int_equal(g.n, 3);
}

/* "Blair, during a visit to Iraq, said", "During a visit to China, Bush
 * urged", "Putin said during a visit to Turkey": the clause's subject (or
 * the speaker of a speech verb before the phrase) visits; "commented on
 * the visit to" and "a visit to support X" do not. */
static void visitors_during_visits(void **state)
{
    got g;
    run(state, "Putin, during a visit to Turkey, praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    expect_rel(&g, 1, "person_vladimir_putin", "praise", "SWE", "051");
    run(state, "During a visit to Syria, Erdogan praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SYR", "042");
    run(state, "Putin said during a visit to Turkey that Sweden erred.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Sweden praised Syria during a visit to Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SWE", "visit", "TUR", "042");
    /* (no visit; the comment is about the country visited) */
    run(state, "Sweden commented on the visit to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "comment", "TUR", "010");
    run(state, "Putin spoke during a visit to support Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* ("at the end of", "on the first day of" a visit; "is on a visit
     * to"; not "on the eve of" one, still to come) */
    run(state, "Putin told reporters at the end of a visit to Turkey that "
               "Sweden erred.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin is on a visit to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin spoke on the eve of a visit to Turkey.", &g);
    assert_int_equal(g.n, 0);
}

/* "on his first official visit to London" read as the British prime
 * minister's: no actor visits itself (no event); a visit home to a
 * city stays coded, as a visit abroad. */
static void self_visit_is_no_event(void **state)
{
    got g;
    run(state, "On Monday the Swedish president met Prime Minister "
               "Erdogan, on his first official visit to Ankara.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "meet", "person_recep_tayyip_erdogan", "040");
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "visit", "TUR", "");
    run(state, "The Turkish president visited Stockholm.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "visit", "SWE", "042");
}

/* "Mbeki left Bouake after talks Sunday", "before leaving Tokyo
 * yesterday at the end of a four-day visit": talks or a visit the
 * visitor left a place after were held there (042 to it; "a meeting"
 * here, the test lexicon having no noun "talks"); leaving with
 * no talks is no visit. */
static void left_after_talks_is_a_visit(void **state)
{
    got g;
    size_t k;
    run(state, "Putin left Ankara after a meeting on Sunday.", &g);
    assert_true(g.n >= 1);
    k = rel_with_code(&g, "042");
    assert_true(k < g.n);
    expect_rel(&g, k, "person_vladimir_putin", NULL, "TUR", "042");
    run(state, "Putin praised Sweden before leaving Ankara at the end of "
               "a two-day visit.",
        &g);
    k = rel_with_code(&g, "042");
    assert_true(k < g.n);
    expect_rel(&g, k, "person_vladimir_putin", NULL, "TUR", "042");
    run(state, "Putin left Ankara on Sunday.", &g);
    assert_int_equal(g.n, 0);
}

/* "Bombs killed 18 people as the US Defence Secretary, Donald Rumsfeld,
 * declared that America was winning during a visit to Iraq": "as" before
 * an actor and its finite verb (an apposition between) opens a clause
 * whose subject the visitor is, as after "while"; "such as" a list
 * stands for no subject. */
static void visitor_of_an_as_clause(void **state)
{
    got g;
    run(state, "Prices fell as Putin declared that Sweden was ready during "
               "a visit to Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Prices fell as the Russian president, Vladimir Putin, "
               "declared that Sweden was ready during a visit to Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Exporters such as Sweden lost money during a visit to "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Miyazawa, after meeting Baker, said", "he told reporters after meeting
 * Suharto": "meeting" after "after" with an object is the verb, its
 * subject the sentence's first actor before the phrase's comma or the
 * speaker just before; another clause's subject meets no one. */
static void meeting_after_after_is_the_speakers(void **state)
{
    got g;
    run(state, "Putin, after meeting Erdogan, praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Putin told reporters after meeting Erdogan that Sweden erred.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Officials said Sweden would leave after meeting Erdogan.", &g);
    assert_int_equal(g.n, 0);
}

/* "Kohl reviewed a proposal at a meeting with", "Putin praised Sweden in
 * talks with Erdogan", "Conable, at a meeting with de Mel, said": the
 * consultation in a phrase of the clause is the clause subject's (or the
 * speaker's), not the verb's object's. */
static void meeting_phrase_is_the_clause_subjects(void **state)
{
    got g;
    run(state, "Putin praised Sweden at a meeting with Erdogan.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Putin praised Sweden in talks with Erdogan.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Sweden said the dispute was settled at a meeting with "
               "Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "person_recep_tayyip_erdogan", "040");
}

/* "Ongpin told reporters after a meeting with businessmen", '"We need
 * flexibility," said Gaymard, after a meeting with Eichel.': a meeting
 * over by then, after "after" or "following" and its article, is the
 * speaker's (or the clause subject's) as one "at" or "during" is; a
 * speaker put after "said" stands for the phrase that ends the
 * sentence; "before" a meeting it is still to come. */
static void meeting_noun_after_is_the_speakers(void **state)
{
    got g;
    run(state, "Putin told reporters after a meeting with Erdogan that "
               "Sweden had agreed.",
        &g);
    assert_true(rel_with_code(&g, "040") < g.n);
    expect_rel(&g, rel_with_code(&g, "040"), "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "\"We are ready,\" said Putin, after a meeting with Erdogan.",
        &g);
    assert_true(rel_with_code(&g, "040") < g.n);
    expect_rel(&g, rel_with_code(&g, "040"), "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "\"We are ready,\" said Putin, following a meeting with "
               "Erdogan.",
        &g);
    assert_true(rel_with_code(&g, "040") < g.n);
    run(state, "Putin told reporters before a meeting with Erdogan that "
               "Sweden had agreed.",
        &g);
    assert_int_equal(rel_with_code(&g, "040"), g.n);
}

/* "held talks with Israel and with Syria", "was condemned by France and
 * by Germany": a second party joined by "and" after its own copy of the
 * first one's preposition is a party too (ex_objects, ex_by_coagents);
 * a comma alone lists none. */
static void repeated_preposition_joins_parties(void **state)
{
    got g;
    size_t k;
    int tur = 0;
    run(state, "Sweden sent aid to Russia and to Turkey.", &g);
    for (k = 0; k < g.n; k++)
        tur += !strcmp(g.subj[k], "SWE") && !strcmp(g.obj[k], "TUR");
    assert_int_equal(tur, 1);
    run(state, "Russia was condemned by Sweden and by Turkey.", &g);
    tur = 0;
    for (k = 0; k < g.n; k++)
        tur += !strcmp(g.subj[k], "TUR") && !strcmp(g.obj[k], "RUS");
    assert_int_equal(tur, 1);
}

/* "France, speaking at a meeting with Germany, criticised Iran": a
 * trigger after its article or owner is a noun's, no verb of a list
 * whose subject a verb after the object's comma would share
 * (ex_previous_trigger); the verb keeps the clause's subject (the
 * criticism had none). */
static void noun_trigger_lists_no_verbs(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden, speaking at a meeting with Turkey, condemned "
               "Russia.",
        &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    assert_string_equal(g.subj[k], "SWE");
}

/* "heads his own consulting firm", "an Indonesian consulting firm": an
 * -ing form before "firm" or "company" names the firm's trade, no act. */
static void ing_before_firm_is_its_trade(void **state)
{
    got g;
    run(state, "Putin ran a Swedish consulting firm.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Putin is consulting Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "consult", "SWE", "040");
}

/* "Funaro was in Britain on the first leg of a tour", "Yeutter is in New
 * Zealand for a two-day meeting", "Khelaf came to Geneva for a meeting":
 * being in or going to a country on a visit or for talks is a visit to
 * it (042); being or going there alone is not. */
static void being_in_a_country_on_a_visit(void **state)
{
    got g;
    run(state, "Putin was in Turkey on a visit.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin was in Turkey for a two-day meeting.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin was in Turkey on Monday.", &g);
    assert_int_equal(g.n, 0);
    /* (a verb of going the same way: "came to Geneva for a meeting",
     * "heads to Baghdad for talks"; not going alone, nor a bare form
     * asked for) */
    run(state, "Putin came to Turkey on a private visit.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin went to Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* (a stay told by its consultation: "was in London to brief
     * producers", "is in Washington holding talks"; at home, no event) */
    run(state, "Putin was in Turkey to brief Swedish officials.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin is in Turkey holding talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    run(state, "Putin was in Turkey to see friends.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Erdogan was in Ankara to brief Swedish officials.", &g);
    assert_true(g.n <= 1 || strcmp(g.cameo[0], "042") != 0);
}

/* "U.S. and Japanese officials meet tomorrow", "Nakasone leaves for
 * Washington on April 29 for talks": a meeting or visit in the present
 * whose own date is after the story's is announced, not held (036); a
 * past verb keeps it held. */
static void meeting_dated_later_is_announced(void **state)
{
    got g;
    run_dated(state, "Putin meets Erdogan tomorrow.", "2023-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "036");
    run_dated(state, "Putin met Erdogan on May 20.", "2023-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
}

/* "Washington's top negotiator", "Beijing's envoy": a capital stands for
 * the state before a possessive too; a possessive "'s" makes no passive
 * ("China's envoy met" is active). */
static void capitals_before_possessives(void **state)
{
    got g;
    run(state, "Ankara's spokesman met Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "meet", "person_vladimir_putin", "040");
    assert_string_equal(g.code[0], "TURGOV");
    assert_non_null(strstr(g.json[0], "\"text\":\"Ankara's spokesman\""));
    run(state, "Moscow's top spokesman praised Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"text\":\"Moscow's top spokesman\""));
    run(state, "Ankara's army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", "190");
    run(state, "Russia's spokesman met Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "meet", "SWE", "040");
}

/* A quote that runs over a sentence boundary stays a quote, with its
 * speaker, until its closing mark: "we" there is the speaker's country;
 * a straight quote after a space opens a new one instead. */
static void quotes_over_sentence_boundaries(void **state)
{
    got g;
    run(state, "Putin said: \"We will never forgive Syria. We praised Sweden "
               "and Turkey,\" he added.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "praise", "SWE", "051");
    expect_rel(&g, 1, "RUS", "praise", "TUR", "051");
    assert_non_null(strstr(g.json[0], "\"attributed_to\":{\"id\":"
                                      "\"person_vladimir_putin\""));
    run(state, "Putin said: \"We will never forgive Syria. We praised Sweden.",
        &g);
    assert_int_equal(g.n, 0);
}

/* A verb after "and": "X declared that the war in Y was over and praised
 * Z" is X's (Y stands in a phrase); "X attacked Y, and Z praised W" and
 * "X praised Y and Z attacked W" open new clauses, whose subject is Z
 * (not also Y, and Z is no second object). */
static void subjects_of_verbs_after_and(void **state)
{
    got g;
    run(state, "Russia declared that the war in Syria was over and praised "
               "Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "praise", "TUR", "051");
    run(state, "Sweden attacked Syria, and Turkey praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "attack", "SYR", "190");
    expect_rel(&g, 1, "TUR", "praise", "SWE", "051");
    run(state, "Sweden praised Syria and Turkey attacked Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "attack", "RUS", "190");
    /* no actor where a subject stands: no relation */
    run(state, "Gunmen overran a village in Syria and attacked Turkey.", &g);
    assert_int_equal(g.n, 0);
}

/* "captured at least 20 Turkish soldiers", "more than 100": news bounds
 * its counts; the bound is read as "over" was, and the actor after the
 * count is the object.  A relative clause after a thing that harms ("the
 * quake, which hit a Syrian town, destroyed") holds no subject. */
static void bounded_counts_and_relative_things(void **state)
{
    got g;
    run(state, "Syria captured at least 20 Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, "173");
    assert_non_null(strstr(g.obj[0], "TUR"));
    run(state, "Syria captured more than 100 Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.obj[0], "TUR"));
    run(state, "The quake on Monday, which hit a town in Syria, destroyed a "
               "Turkish convoy.", &g);
    assert_int_equal(g.n, 0);
}

/* A surname alone that the gazetteer gives to one person ("Stoltenberg":
 * Jens) is, in a story that named another person of that surname
 * (Gerhard Stoltenberg) and not the gazetteer's, that other person. */
static void surnames_of_people_named_before(void **state)
{
    got g;
    run(state, "Turkey met Gerhard Stoltenberg. Stoltenberg praised Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "x_gerhard_stoltenberg", "praise", "TUR", "051");
    run(state, "Jens Stoltenberg met Putin. Stoltenberg praised Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_jens_stoltenberg", "praise", "TUR", "051");
    run(state, "Turkey met Jens Stoltenberg and Gerhard Stoltenberg. "
               "Stoltenberg praised Turkey.", &g);
    expect_rel(&g, g.n - 1, "person_jens_stoltenberg", "praise", "TUR",
               "051");
}

/* A surname alone in a dated story is no person whose first office
 * starts more than two years later ("Vedel" in 1987, a minister of 2019),
 * but the one person of that surname in office on the date ("Brekke" in
 * 1987: the finance minister, not the later prime minister the gazetteer
 * gives the surname to); a later story, or an undated one, keeps the
 * gazetteer's person, and a former office holder stays himself. */
static void surnames_resolved_by_the_story_date(void **state)
{
    got g;
    run_dated(state, "Brekke praised Turkey.", "1987-03-02", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_halvard_brekke", NULL, "TUR", "051");
    assert_string_equal(g.code[0], "NORGOV");
    run_dated(state, "Brekke praised Turkey.", "2016-03-02", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_ingrid_brekke", NULL, "TUR", "051");
    run_dated(state, "Brekke praised Turkey.", NULL, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_ingrid_brekke", NULL, "TUR", "051");
    run_dated(state, "Vedel praised Turkey.", "1987-03-02", &g);
    assert_true(g.n == 0 || strcmp(g.subj[0], "person_tomas_vedel") != 0);
    run_dated(state, "Vedel praised Turkey.", "2018-03-02", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_tomas_vedel", NULL, "TUR", "051");
    run_dated(state, "Orlin praised Turkey.", "2012-03-02", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_pavel_orlin", NULL, "TUR", "051");
}

/* A surname alone is no person in a story that has named a firm whose
 * name opens with it ("Brekke Shipping Co said ... Brekke accused"): it
 * is the firm, short, not the politician the gazetteer gives the word. */
static void surname_of_a_firm_named_before(void **state)
{
    got g;
    size_t k;
    run_dated(state, "Turkey met Sweden. Brekke accused Turkey of fraud.",
              "2016-03-02", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_ingrid_brekke", NULL, "TUR", "112");
    run_dated(state, "Brekke Shipping Co said it would sue Turkey. Brekke "
                     "accused Turkey of fraud.",
              "2016-03-02", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "person_ingrid_brekke");
}

/* An honorific before a name ("Mr Putin", "Dr Fox", "Mr. Bush") is no
 * title and no name: the verb's object is the person after it; an
 * unknown one-word name after it is a person ("Mr Sigarchi"), and a
 * known person named before by full name ("Vladimir Putin ... Mr
 * Putin") is that person. */
static void honorifics_before_objects(void **state)
{
    got g;
    run(state, "Turkey condemned Mr Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "person_vladimir_putin", "111");
    run(state, "Turkey condemned Mr. Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "person_vladimir_putin", "111");
    run(state, "Turkey condemned Mr Sigarchi.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "x_sigarchi", "111");
    assert_non_null(strstr(g.json[0], "\"type\":\"Person\""));
    /* a country's word right after the honorific is a surname, no
     * country ("Mr German said" of a Welsh politician) */
    run(state, "Mr Syrian condemned Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_syrian", NULL, "TUR", "111");
    run(state, "Turkey condemned Mrs Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "x_syria", "111");
    run(state, "The Syrian minister condemned Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"country\":\"SYR\""));
}

/* "The minister defended his party's plans": a verbal defence of what a
 * possessive pronoun gives the actor is of its own side, no event; a
 * defence of another's stays one (052). */
static void own_side_defended_is_no_event(void **state)
{
    got g;
    size_t k;
    run(state, "Syria defended Turkey's offensive in the north.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "defend", "TUR", "052");
    run(state, "The Syrian minister defended his Turkish counterpart.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "defend", "TUR", "052");
    run(state, "Syria defended its army's conduct.", &g);
    for (k = 0; k < g.n; k++)
        assert_null(g.cameo[k]);
    run(state, "Syria defended its own army's conduct.", &g);
    for (k = 0; k < g.n; k++)
        assert_null(g.cameo[k]);
}

/* "proposed that Turkey's quota be cut", "wishes Turkish banks to be
 * given licences": an actor whose clause after a verb of proposing or
 * wanting goes on in the passive is acted on, no addressee of the
 * appeal (02); "proposed that Turkey hold talks" keeps its own (fixture:
 * "propose" 020, "wish * to" 020). */
static void passive_clause_party_is_no_addressee(void **state)
{
    got g;
    run(state, "Sweden proposed that Turkey hold talks with Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "026");
    run(state, "Sweden proposed that Turkey's sanctions on Syria be "
               "lifted.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden has proposed Turkey's share of the market be "
               "limited.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden proposed that all Turkish banks and insurers be "
               "treated the same way.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden wishes Turkish banks to be given licences by the "
               "end of the year.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "objected to proposed curbs": an -ed form right after "to" is no
 * infinitive but a participle used as an adjective, as after "against"
 * or "the": no act; the verb itself stays one (fixture: "propose"). */
static void participle_after_to_is_no_act(void **state)
{
    got g;
    /* (the verb asks the one it names: "proposed curbs on Turkey" names
     * Turkey inside the thing proposed, ex_proposed_thing) */
    run(state, "Sweden proposed Turkey curb its exports.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "propose", "TUR", "020");
    run(state, "Sweden objected to proposed curbs on Turkey.", &g);
    expect_no_code(&g, "020");
    run(state, "Sweden objected to the proposed curbs on Turkey.", &g);
    expect_no_code(&g, "020");
}

/* "Syria should attack Lebanon, analysts say": advice told before its
 * speaker is the speaker's appeal (02); when the speaker has no code, an
 * actor of the advice's own clause is no asker. */
static void tail_speaker_is_named_after_the_comma(void **state)
{
    got g;
    size_t k;
    run(state, "Syria should attack Lebanon, Turkey said.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "urge", "SYR", "021");
    run(state, "Syria should attack Lebanon, analysts say.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "urge");
    run(state, "Syria should urge Turkey to withdraw, analysts say.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "TUR");
}

/* "wants concessions from the kingdom on the Syria issue": an actor past
 * a preposition of topic after the request's "from" is what it is about,
 * no addressee (fixture: "want * from" 020). */
static void request_topic_is_no_addressee(void **state)
{
    got g;
    run(state, "Sweden wants concessions from Turkey on the Syria issue.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "request", "TUR", "020");
    run(state, "Sweden wants concessions from the kingdom on the Syria "
               "issue.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "made an appeal for the withdrawal of", "issued a call for": an appeal
 * or a demand whose noun stands right after an article that a verb of
 * making takes is read as the verb row, as with an adjective between
 * ("made a new call for"); the article alone made it a noun with no row
 * (ex_made_appeal). */
static void appeal_made_is_the_verb(void **state)
{
    got g;
    run(state, "Syria made a call for the ouster of the Turkish president.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, "0241");
    run(state, "Syria issued a demand for the release of Turkish "
               "prisoners held by Egypt.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "EGY", "1053");
    /* (a call the article only names: no one made it) */
    run(state, "Syria rejected a call for the ouster of the Turkish "
               "president.",
        &g);
    expect_no_code(&g, "0241");
}

/* "Iraq's US-backed leader has made a plea": a country before "-backed"
 * with a possessor before it backs the possessor's thing, no actor of
 * its own (the leader was read as the backer's); the possessor acts. */
static void possessed_backed_noun_is_the_possessors(void **state)
{
    got g;
    run(state, "Turkey's Syrian-backed leader accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "112");
}

/* "Poland says U.S. sanctions have cost its economy dearly and has made
 * clear it wants": "it" right after a verb of saying joined by "and" to
 * an earlier verb speaks for that verb's subject, not for the actor named
 * nearest before it (ex_and_speaker). */
static void it_after_joined_saying_is_the_subject(void **state)
{
    got g;
    run(state, "Sweden says Syria's sanctions have hurt its economy and has "
               "made clear it accuses Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "112");
    run(state, "Sweden says Syria's sanctions have hurt its economy and "
               "said it will accuse Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "112");
}

/* "Egypt insists Gulf states keep cash flowing": after "insist" a named
 * actor and a verb that is its own lemma is a demand made of the actor
 * (100) even when the lexicon does not code the act asked for
 * (ex_named_bare); a past, a plural noun or "insisted" report. */
static void insisted_bare_verb_is_a_demand(void **state)
{
    got g;
    run(state, "Sweden insists Turkey keep its promise.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "100");
    run(state, "Sweden insists Turkey keeps its promise.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden insisted Turkey kept its promise.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden insists Turkey lost the vote.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden insists Turkish officials remain calm.", &g);
    expect_no_code(&g, "100");
}

/* "Queen Sirikit has urged all Thais to work with the government": a
 * country's people named by a plural demonym may be appealed to by the
 * state's own organ (020); the state named as a country may not
 * (ex_people_demonym in ex_own_state_object; fixture demonym "Turks"). */
static void own_people_appealed_to(void **state)
{
    got g;
    run(state, "Erdogan called on Turks to stay calm.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL, "TUR", "020");
    run(state, "Erdogan called on Turkey to stay calm.", &g);
    expect_no_code(&g, "020");
}

/* "praised Chile's reforms and urged the country to": "the country" (or
 * "the nation", with adjectives or without) that a verb of appeal or
 * demand asks is the country named last before it, not one in a place
 * phrase ("in Syria" locates); the noun elsewhere names no actor here
 * (ex_asked_country). */
static void country_asked_is_the_one_named(void **state)
{
    got g;
    size_t k;
    expect_coded(state,
                 "Sweden praised Chile's reforms and urged the country to "
                 "cut its deficit.",
                 "SWE", NULL, "CHL", "020");
    expect_coded(state,
                 "Sweden condemned raids by Turkey in northern Syria and "
                 "demanded the country withdraw its troops.",
                 "SWE", NULL, "TUR", "100");
    expect_coded(state,
                 "Sweden praised Chile and called on the small nation to "
                 "stay calm.",
                 "SWE", NULL, "CHL", "020");
    run(state, "Sweden praised Chile and visited the country in May.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "042");
}

/* "Armacost said the U.S. hopes Japan will take steps": what one hopes a
 * named actor will (or would) do is asked of it, an appeal (020, or the
 * act's 02 code), as "said X should" is; the noun ("gave Sweden hope
 * that", "expressed hope that") and a hope about a thing ask no one
 * (ex_hope_verbs in ex_told_must). */
static void hope_that_another_will_is_an_appeal(void **state)
{
    got g;
    run(state, "Sweden hopes Turkey will ratify the accession protocol.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "020");
    expect_coded(state,
                 "Sweden said it hoped that Turkey would ratify the "
                 "protocol soon.",
                 "SWE", NULL, "TUR", "020");
    run(state, "The visit gave Sweden hope that Turkey would relent.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden expressed hope that Turkey would relent.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden hopes the talks will succeed.", &g);
    assert_int_equal(g.n, 0);
}

/* "Japan is expected to respond favourably to a Philippine request", "the
 * troops went in at Syria's request": a request answered with an adverb
 * between the verb and "to", or one named by a possessive after "at",
 * was made to the one who answers or acts (020; ex_answered_appeals
 * through ex_replied_to's adverb, ex_at_request). */
static void requests_answered_or_acted_on(void **state)
{
    expect_coded(state,
                 "Turkey responded positively to a Swedish request for "
                 "talks.",
                 "SWE", NULL, "TUR", "020");
    expect_coded(state,
                 "Russia sent troops to Syria at Syria's request.",
                 "SYR", NULL, "RUS", "020");
}

/* "Texaco asked the court for a restraining order", "Pennzoil had asked
 * Texaco to post a bond": a firm's appeal to a court or to another firm
 * is business and no event (ex_firm_plea); a government's appeal to a
 * court stays. */
static void firm_pleas_are_business(void **state)
{
    got g;
    run(state, "Turkish firms asked a Swedish court to block the sale.", &g);
    expect_no_code(&g, "020");
    run(state, "Swedish banks asked Turkish firms to repay their loans.", &g);
    expect_no_code(&g, "020");
    expect_coded(state,
                 "The Turkish government asked a Swedish court to block the "
                 "sale.",
                 NULL, NULL, NULL, "020");
}

/* "the EC not only ignored Manila's request but introduced a levy": "not
 * only", "not merely", "not just" add to the act they precede, which is
 * asserted, not denied (ex_not_only in ex_cues). */
static void not_only_is_no_negation(void **state)
{
    got g;
    run(state, "Sweden not only condemned Turkey but also recalled its "
               "ambassador.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", NULL);
    assert_false(g.negated[0]);
    run(state, "Sweden did not condemn Turkey.", &g);
    assert_true(g.n >= 1);
    assert_true(g.negated[0]);
}

/* "Germany, urged by Britain to cut its rates, refused": an actor, its
 * comma, a participle of asking and "by" an actor: the one after "by"
 * asked the one before (020; "pressed by" 100; ex_asked_aside). */
static void asked_in_an_aside(void **state)
{
    got g;
    expect_coded(state,
                 "Turkey, urged by Sweden to free the journalists, refused.",
                 "SWE", NULL, "TUR", "020");
    expect_coded(state,
                 "Turkey, pressed by Germany, agreed to free the journalists.",
                 "DEU", NULL, "TUR", "100");
    run(state, "Turkey, asked by reporters about the plan, declined to "
               "comment.",
        &g);
    expect_no_code(&g, "020");
}

/* "he will press both Israeli and Palestinian leaders for steps": "press"
 * right after a modal is the verb, not the media (ex_press_after_modal). */
static void press_after_modal_is_the_verb(void **state)
{
    got g;
    run(state, "Sweden will press for the removal of the Turkish president.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, NULL, "1041");
    run(state, "Sweden said it would press for the removal of the Turkish "
               "president.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, NULL, "1041");
}

/* "proposed tariffs on Japanese electronic goods": an actor named inside
 * the thing proposed is no one asked (ex_proposed_thing); the addressee
 * stands right after "propose" or heads its "that" clause. */
static void proposed_thing_names_no_addressee(void **state)
{
    got g;
    run(state, "Sweden proposed tariffs on Turkish steel.", &g);
    expect_no_code(&g, "020");
    run(state, "Sweden proposed that Turkey join the talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "020");
}

/* "to meet demand and this has helped rebuild US stocks": a pattern's
 * gap ("demand * help") that passes over "and" with a pronoun subject
 * after it has crossed into the next clause; no demand for help. */
static void gap_crossing_a_clause_is_no_act(void **state)
{
    got g;
    run(state, "Syria demanded more help from Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "103");
    run(state, "Syria pumped more oil to meet demand and this has helped "
               "Turkey.",
        &g);
    expect_no_code(&g, "103");
    run(state, "Syria pumped more oil to meet demand and it helped Turkey.",
        &g);
    expect_no_code(&g, "103");
}

/* "block Dixons from taking control of Cyclops": control of a firm a
 * firm takes is a takeover, no occupation (192); a state's is one. */
static void firm_takeover_is_no_occupation(void **state)
{
    got g;
    run(state, "Syria took control of Karsa Bank.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "KARSA_BANK", "192");
    run(state, "Zorg Motors took control of Karsa Bank.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Regulators blocked Zorg Motors from taking control of "
               "Karsa Bank.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Turkey, which occupies northern Cyprus, had insisted": occupation in
 * the simple present is a standing state, no act; told in the past it is
 * one (192). */
static void standing_occupation_is_no_act(void **state)
{
    got g;
    run(state, "Syria occupied northern Turkey in May.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "192");
    run(state, "Syria, which occupies northern Turkey, rejected the plan.",
        &g);
    expect_no_code(&g, "192");
    run(state, "Syrian forces, which occupy northern Turkey, rejected the "
               "plan.",
        &g);
    expect_no_code(&g, "192");
}

/* "Tuesday's meeting on Palestinian reform is being hosted by Tony
 * Blair": an actor after "on" or "about" past a noun of meeting is the
 * meeting's topic, no guest (04); a meeting with it is one. */
static void meeting_topic_is_no_guest(void **state)
{
    got g;
    run(state, "Turkey hosted Syria on Monday.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "043");
    run(state, "The meeting on Syrian reform was hosted by Turkey.", &g);
    expect_no_subject(&g, "SYR");
    expect_no_code(&g, "043");
    expect_no_code(&g, "042");
}

/* "met with representatives from Syria", "was attended by envoys from
 * Syria and Egypt": those who speak for a state, "from" it or "of" it,
 * stand for it as a party to the meeting. */
static void speakers_from_a_state_stand_for_it(void **state)
{
    got g;
    run(state, "Turkey met with representatives from Syria on Monday.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "040");
    run(state, "The meeting in Ankara was attended by representatives "
               "from Syria and Egypt.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", NULL, NULL, "042");
    expect_rel(&g, 1, "EGY", NULL, NULL, "042");
    run(state, "The talks in Ankara were attended by envoys of Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, NULL);
}

/* "a meeting between Chile, Peru and Bolivia": each party of a list of
 * three after "between" meets each other one; a list put ahead is an
 * intent (036); two sides ("between banks and Syria, Egypt and Turkey")
 * are no list. */
static void meeting_between_a_list_of_parties(void **state)
{
    got g;
    size_t k;
    run(state, "The issue was discussed at a meeting between Syria, Egypt "
               "and Turkey on Monday.",
        &g);
    assert_int_equal(g.n, 6);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.cameo[k], "040");
    expect_rel(&g, 0, "SYR", NULL, "EGY", NULL);
    expect_rel(&g, 5, "TUR", NULL, "EGY", NULL);
    run(state, "Negotiations between Syria, Egypt, and Turkey will open next "
               "week.",
        &g);
    assert_int_equal(g.n, 6);
    expect_no_code(&g, "040");
    run(state, "The accord was shaped by Monday's meeting between Syria, "
               "Egypt and Turkey, and would last.",
        &g);
    assert_int_equal(g.n, 6);
    expect_no_code(&g, "036");
}

/* "Erdogan's historic visit to Sweden": up to two adjectives between an
 * actor's possessive and a noun leave it the noun, as after "his". */
static void possessed_noun_after_adjectives(void **state)
{
    got g;
    run(state, "Erdogan's historic visit to Sweden ended on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SWE", "042");
    run(state, "Erdogan's brief official visit to Sweden ended on Friday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SWE", "042");
}

/* "Russia offered to share intelligence on rebel camps in Afghanistan
 * with Washington": an actor in a phrase of topic ("on", "about", "over",
 * a place phrase inside it) after the entry's words is what is shared, no party;
 * the party follows the entry's own preposition. */
static void topic_phrase_actor_is_no_party(void **state)
{
    expect_coded(state,
                 "Russia passed information on rebel camps in Afghanistan "
                 "to Turkey.",
                 "RUS", NULL, "TUR", "064");
    expect_coded(state,
                 "Russia passed information about Syria to Turkey.", "RUS",
                 NULL, "TUR", "064");
    expect_coded(state,
                 "Russia passed information over Syria to Turkey.", "RUS",
                 NULL, "TUR", "064");
}

/* "asked Turkey whether", "asked Turkey: ...": a question, no appeal;
 * "asked Turkey to" and "asked Turkey, which ..., to" appeal. */
static void questions_are_no_appeals(void **state)
{
    got g;
    run(state, "Russia asked Turkey whether it would free the prisoners.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia asked Turkey: \"Will you free them?\"", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia asked Turkey to free the prisoners.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", NULL);
    run(state, "Russia asked Turkey, which holds them, to free the "
               "prisoners.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "urge", "TUR", NULL);
}

/* A storm is named as a person is ("Hurricane Ivan", "Tropical Storm
 * Jeanne"), but it is no actor: no relation with it, and its bare name
 * later ("Ivan killed") is no coreferent person. */
static void storms_are_no_actors(void **state)
{
    got g;
    run(state, "Hurricane Ivan destroyed a Turkish convoy.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Tropical Storm Jeanne attacked Turkey. Jeanne attacked "
               "Sweden.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Mitch Daniels attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
}

/* A place in a phrase of place after a thing ("a rocket attack in
 * Syria", "an explosion in the town of X") and a happening that heads
 * the subject of a verb of harm ("Syria's worst earthquake in decades
 * destroyed") name no actor: no relation.  An actor's own act keeps its
 * actor ("Syrian rocket attacks destroyed"). */
static void things_that_harm_are_no_actors(void **state)
{
    got g;
    run(state, "A rocket attack on a market in Syria destroyed a Turkish "
               "convoy.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria's worst earthquake in decades destroyed a Turkish "
               "convoy.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syrian rocket attacks destroyed a Turkish convoy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "1712");
    /* the act's own actor before it does the harm; through a relative
     * clause and an actor that modifies a noun ("a Turkish army
     * base") */
    run(state, "A Syrian rocket attack on a market in Turkey destroyed a "
               "Russian convoy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "RUS", "1712");
    run(state, "Syrian airstrikes that hit homes in a village in Turkey "
               "destroyed a Russian convoy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "RUS", "1712");
    run(state, "A rocket attack on a Turkish army base near Syria destroyed "
               "a Russian convoy.", &g);
    assert_int_equal(g.n, 0);
}

/* "condemned what it called Sweden's meddling": a "what" clause that
 * names the object in its speaker's words stands for the thing named,
 * whose owner is the one condemned (ex_what_called). */
static void objects_named_by_what_called(void **state)
{
    got g;
    run(state, "Russia condemned what it called Sweden's meddling in the "
               "region.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "SWE", "111");
    run(state, "Russia condemned what Moscow officials described as "
               "Turkey's provocations.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Russia condemned what was termed a Turkish plan to annex "
               "the border strip.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
}

/* "Boko Haram's leaders, who accused Nigeria": a "who" after a body's
 * people ("leaders", "officials", "members") stands for the body, as
 * "Hamas officials said they" does (ex_people_of_body). */
static void who_after_a_body_s_people(void **state)
{
    got g;
    run(state, "The raid was confirmed by Boko Haram's leaders, who accused "
               "Sweden of funding the army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BOKO_HARAM", "accuse", "SWE", "112");
    run(state, "The raid was confirmed by Boko Haram officials, who accused "
               "Sweden of funding the army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BOKO_HARAM", "accuse", "SWE", "112");
}

/* "but" joins verbs as "and" does: "X condemned Y but praised Z" is X's
 * praise (news contrasts two acts of one actor so), not Y's; a clause
 * after "but" keeps its own subject. */
static void subjects_of_verbs_after_but(void **state)
{
    got g;
    run(state, "Russia condemned Sweden but praised Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "criticize", "SWE", "111");
    expect_rel(&g, 1, "RUS", "praise", "TUR", "051");
    run(state, "Russia condemned Sweden, but has praised Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "praise", "TUR", "051");
    run(state, "Russia condemned Sweden but Syria praised Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SYR", "praise", "TUR", "051");
}

/* "military strikes", "army support": a bare sector noun before an act
 * names the act's kind; it is no actor, not even the sector of the
 * article's country. */
static void sector_nouns_before_acts(void **state)
{
    got g;
    run(state, "Syria attacked Turkey. Syria praised Sweden. Russia praised "
               "army support for Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "SYR", "praise", "SWE", "051");
    run(state, "Syria attacked Turkey. Syria praised Sweden. Russia praised "
               "the army.", &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 2, "RUS", "praise", "SYR_MIL", "051");
    /* "army activities", "military actions": the act's kind; its doer
     * follows "by" */
    run(state, "Syria attacked Turkey. Russia condemned stepped-up army "
               "activities by Sweden near the border.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "criticize", "SWE", "111");
    run(state, "Syria attacked Turkey. Russia condemned the army actions "
               "by Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "criticize", "SWE", "111");
}

/* "A cleric who is wanted in the United States was accused", "Rebels who
 * live in Syria attacked": the actor nearest the verb stands in a phrase
 * of a relative clause; the verb's subject is the one "who" follows, and
 * never a state or an organisation named right before a "who" with no
 * comma ("a woman linked to Al-Qaeda who shot"). */
static void subjects_before_relative_clauses(void **state)
{
    got g;
    run(state, "A cleric who is wanted in Turkey was accused by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "UNK_REL", "112");
    run(state, "Rebels who live in Syria attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "attack", "TUR", "190");
    /* a restrictive "who" after a state's bare name is the noun's before
     * it ("a man from Syria"), no act of Syria's */
    run(state, "A man from Syria who attacked Turkey was arrested.", &g);
    assert_int_equal(g.n, 0);
}

/* "Islamic extremists" are a group (RAD, as PETRARCH's agents have it),
 * not an unknown actor "Islamic". */
static void extremists_are_a_group(void **state)
{
    got g;
    run(state, "Russia attacked three Islamic extremists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", NULL, "190");
    assert_non_null(strstr(g.obj[0], "RAD"));
}

/* "He and his main rival, Kemal Kilicdaroglu, met Putin": both met him,
 * and a later "his rival" is Kilicdaroglu; "His ties ... his allies" is one
 * person twice, whoever is named in between. */
static void roles_named_in_appositions(void **state)
{
    got g;
    run(state, "Erdogan praised Sweden. He and his main rival, Kemal "
               "Kilicdaroglu, met Putin. Putin later praised his rival.", &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 1, "person_kemal_kilicdaroglu", "meet",
               "person_vladimir_putin", NULL);
    expect_rel(&g, 2, "person_recep_tayyip_erdogan", "meet",
               "person_vladimir_putin", NULL);
    expect_rel(&g, 3, "person_vladimir_putin", "praise",
               "person_kemal_kilicdaroglu", NULL);
    run(state, "Erdogan praised Sweden. His ties to Putin worry his Western "
               "friends.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "friendship", "WEST",
               NULL);
}

/* "praised Sweden and rejected Turkey": the second verb has the first
 * one's subject; "Putin Smith" is somebody else than Putin. */
static void shared_subjects_and_longer_names(void **state)
{
    got g;
    run(state, "Russia praised Sweden and rejected Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "praise", "SWE", NULL);
    expect_rel(&g, 1, "RUS", "reject", "TUR", NULL);
    run(state, "Putin Smith praised Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.subj[0], "person_vladimir_putin");
    run(state, "Erdogan faces pressure from Putin to help Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "demand",
               "person_recep_tayyip_erdogan", "103");
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "aid", "SYR", "");
    /* an infinitive under a joined verb acts on the first verb's object */
    run(state, "Russia accused Sweden of spying and threatened to impose "
               "sanctions.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "sanction", "SWE", NULL);
    run(state, "Putin praised Sweden, threatening to impose sanctions on "
               "Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_vladimir_putin", "sanction", "TUR", NULL);
}

/* "Putin in Sweden attacked": the place only locates the actor before it;
 * "Northern Syria" is Syria. */
static void place_phrases(void **state)
{
    got g;
    run(state, "Erdogan in Sweden attacked Northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL, "SYR", NULL);
    /* a group is the country's it comes from, past an adjective */
    run(state, "Putin met refugees from war-torn Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet", "SYR_REF", NULL);
}

/* The country of relation k's object, from its JSON ("" when none). */
static const char *object_country(const got *g, size_t k, char *out,
                                  size_t n)
{
    const char *o = strstr(g->json[k], "\"object\":");
    const char *c = o ? strstr(o, "\"country\":\"") : NULL;
    size_t len = 0;
    out[0] = '\0';
    if (c) {
        c += strlen("\"country\":\"");
        while (c[len] && c[len] != '"' && len + 1 < n)
            len++;
        memcpy(out, c, len);
        out[len] = '\0';
    }
    return out;
}

/* A town kg does not know is placed by the words around it: "the town of
 * Zorgo in northern Syria", "Zorgo, a small town in Syria," and "Zorgo,
 * a village in Syria's Aleppo province" are Syria's, as the targets of
 * force they code as; "the town of Zorgo" alone is a place of no known
 * country, not an organisation. */
static void unknown_towns_placed(void **state)
{
    got g;
    char c[16];
    run(state, "Russia attacked the town of Zorgo in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "x_zorgo", "190");
    assert_string_equal(object_country(&g, 0, c, sizeof(c)), "SYR");
    run(state, "Russia attacked Zorgo, a small town in Syria, on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "x_zorgo", "190");
    assert_string_equal(object_country(&g, 0, c, sizeof(c)), "SYR");
    run(state, "Russia attacked Zorgo, a village in Syria's Aleppo province.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(object_country(&g, 0, c, sizeof(c)), "SYR");
    run(state, "Russia attacked Zorgo, a village in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(object_country(&g, 0, c, sizeof(c)), "SYR");
    /* a place placed "in Syria's Aleppo province" is Syria's too */
    run(state, "Russia attacked a convoy near Zorgo in Syria's Aleppo "
               "province.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(object_country(&g, 0, c, sizeof(c)), "SYR");
    run(state, "Russia attacked the town of Zorgo.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"type\":\"Place\""));
}

/* "in this southern port city" under a dateline is the dateline's place
 * (since 2026-11-22); with no dateline, or "this city of", no place. */
static void dateline_town(void **state)
{
    got g;
    run(state, "ALEPPO, May 3 (Reuters) - Russia attacked a convoy in this "
               "northern city on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "place_syr_aleppo", "190");
    run(state, "ALEPPO, May 3 (Reuters) - Russia shelled this city.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "place_syr_aleppo", NULL);
    run(state, "Russia attacked a convoy in this northern city on Monday.",
        &g);
    assert_int_equal(g.n, 0);
}

/* A bare title before a name ("met with President Putin") does not hide
 * the person from the verb. */
static void bare_titles_before_objects(void **state)
{
    got g;
    run(state, "Erdogan met with President Putin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "meet",
               "person_vladimir_putin", "040");
}

/* kg -j N: a worker's ctx reads the main ctx's ontology, and freeing it
 * leaves the ontology to its owner. */
static void workers_share_the_ontology(void **state)
{
    const char *text = "Sweden rejected Turkey.";
    kg_ctx *child = NULL;
    void *p[2];
    got g;
    assert_int_equal(kg_ctx__new_sharing(&child, *state), KG_OK);
    assert_ptr_equal(kg_ctx__onto(child), kg_ctx__onto(*state));
    memset(&g, 0, sizeof(g));
    p[0] = child;
    p[1] = &g;
    assert_int_equal(kg_text_read_buffer(child, "t", text, strlen(text),
                                         "2023-05-12", doc_cb, p),
                     KG_OK);
    assert_int_equal(g.n, 1);
    kg_ctx_free(child);
    run(state, text, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
}

static int same_json(const kg_relation *r, void *payload)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    assert_int_equal(kg_relation_to_json(r, &buf, &len, &cap), KG_OK);
    assert_string_equal(buf, (const char *)payload);
    free(buf);
    return 0;
}

static void json_round_trip(void **state)
{
    got g;
    run(state, "Sweden has rejected Turkey\xE2\x80\x99s requests, Erdogan "
               "said.",
        &g);
    assert_int_equal(g.n, 2);
    assert_non_null(strstr(g.json[0], "\"attributed_to\":{"));
    assert_int_equal(kg_relation_parse_json(*state, g.json[0],
                                            strlen(g.json[0]), same_json,
                                            g.json[0]),
                     KG_OK);
}

static int never(const kg_relation *r, void *payload)
{
    (void)r;
    (void)payload;
    fail_msg("callback reached for bad input");
    return 0;
}

static void bad_json_is_a_parse_error(void **state)
{
    static const char *const bad[] = {
        "not json",
        "[1,2]",
        "{\"doc\":\"x\"}",
        "{\"doc\":1,\"subject\":{\"id\":\"a\"},\"object\":{\"id\":\"b\"},"
        "\"relation\":{\"type\":\"meet\"}}",
        "{\"doc\":\"x\",\"subject\":{\"id\":\"a\"},\"object\":{\"id\":\"b\"},"
        "\"relation\":{\"type\":\"meet\",\"negated\":\"yes\"}}",
        "{\"doc\":\"x\",\"sentence\":-4,\"subject\":{\"id\":\"a\"},"
        "\"object\":{\"id\":\"b\"},\"relation\":{\"type\":\"meet\"}}"};
    size_t i;
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(kg_relation_parse_json(*state, bad[i],
                                                strlen(bad[i]), never, NULL),
                         KG_EPARSE);
        assert_true(strlen(kg_ctx_errmsg(*state)) > 0);
    }
}

typedef struct mentions {
    char text[32][64], type[32][32], value[32][32], id[32][96], code[32][32];
    size_t sentence[32];
    size_t n;
} mentions;

static int collect_mention(const kg_entity *e, size_t sentence, void *payload)
{
    mentions *m = payload;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (m->n == 32)
        return 0;
    m->sentence[m->n] = sentence;
    snprintf(m->text[m->n], 64, "%s", e->text);
    snprintf(m->type[m->n], 32, "%s", e->type);
    snprintf(m->id[m->n], 96, "%s", e->id);
    snprintf(m->code[m->n], 32, "%s", e->code ? e->code : "");
    if (e->type && !strcmp(e->type, "Date"))
        snprintf(m->value[m->n], 32, "%s", e->label);
    else
        snprintf(m->value[m->n], 32, "%.17g", e->value);
    assert_int_equal(kg_entity_to_json(e, &buf, &len, &cap), KG_OK);
    free(buf);
    m->n++;
    return 0;
}

static int mention_doc(const kg_doc *doc, void *payload)
{
    void **p = payload;
    return kg_extract_mentions(p[0], doc, collect_mention, p[1], NULL);
}

static void find_mentions(void **state, const char *text, const char *date,
                          mentions *m)
{
    void *p[2];
    memset(m, 0, sizeof(*m));
    p[0] = *state;
    p[1] = m;
    assert_int_equal(kg_text_read_buffer(*state, "t", text, strlen(text),
                                         date, mention_doc, p),
                     KG_OK);
}

/* value of the mention written `text`, or fail */
static const char *value_of(const mentions *m, const char *text,
                            const char *type)
{
    size_t i;
    for (i = 0; i < m->n; i++)
        if (!strcmp(m->text[i], text)) {
            assert_string_equal(m->type[i], type);
            return m->value[i];
        }
    fail_msg("no mention '%s'", text);
    return NULL;
}

/* code of the mention written `text` in m; NULL when there is none */
static const char *code_in(const mentions *m, const char *text)
{
    size_t i;
    for (i = 0; i < m->n; i++)
        if (!strcmp(m->text[i], text))
            return m->code[i];
    return NULL;
}

/* A dateline gives its country only to whom it should: a state's
 * lenders ("Chile reached agreement with bank creditors") are abroad;
 * "official" or "state" before a noun is no one, nor are "bank
 * officials" the state's, nor plural "governments", a delegation or a
 * visiting minister the story's, nor a state organ in a sentence that
 * named another country before it; a bank's president is no head of the dateline's state; and
 * "Japanese trade officials" are Japan's under a WASHINGTON dateline. */
static void dateline_country_not_for_others(void **state)
{
    static const struct {
        const char *text, *mention, *code; /* code NULL: no mention */
    } cases[] = {
        {"Turkey reached agreement with bank creditors on its debt.",
         "bank", "---BUS"},
        {"The government pressed banks to lend more.", "banks", "SYRBUS"},
        {"Overseas banks cut their lending.", "banks", "---BUS"},
        {"Official figures show a rise in exports.", "Official", NULL},
        {"Exports rose, bank officials said.", "officials", NULL},
        {"The official said exports rose.", "official", "SYRGOV"},
        {"The state oil company raised prices.", "state", NULL},
        {"The state offers farmers cheap loans.", "state", "SYRGOV"},
        {"The minister will talk to governments and producers.",
         "governments", NULL},
        {"A delegation signed an accord with the government.",
         "delegation", NULL},
        {"Visiting Supply Minister Ali Veli met the president.", "Ali Veli",
         ""},
        {"Turkey's exports fell, the government said.", "government", NULL},
        {"Police arrested two Turkish journalists.", "Police", "SYRCOP"},
        {"Bank president Ali Veli said the loan was approved.", "Ali Veli",
         ""},
        /* (a body the story named before, named short by its last word) */
        {"The Olive Growers' Council said prices fell. Council president "
         "Ali Veli said the loan was approved.",
         "Ali Veli", ""},
        {"Council president Ali Veli said the loan was approved.",
         "Ali Veli", "SYRGOV"},
        {"NATO Conference President Ali Veli said the loan was approved.",
         "Ali Veli", ""},
        /* (an acronym kg does not code is a body's: its official too) */
        {"Ali Veli, a DSE official, said the loan was approved.",
         "Ali Veli", ""},
        /* (forces of no known state are no one's) */
        {"Unidentified fighter jets attacked a Turkish ship.",
         "fighter jets", "---MIL"},
        {"Fighter jets attacked a Turkish ship.", "Fighter jets", "SYRMIL"},
        {"President Ali Veli said the loan was approved.",
         "Ali Veli", "SYRGOV"},
    };
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    void *own;
    char text[256];
    const char *code;
    mentions m;
    size_t i;
    (void)state;
    /* (an agents file gives the fixture the ontology's "official") */
    opts.ontology_dir = KG_TEST_FIXTURE;
    assert_true(kg_ctx_new(&ctx, &opts) >= 0);
    assert_true(
        kg_ctx_load_agents(ctx, "tests/fixtures/petrarch/officials.agents") >=
        0);
    own = ctx;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        snprintf(text, sizeof(text), "DAMASCUS, March 11 (Reuters) - %s",
                 cases[i].text);
        find_mentions(&own, text, NULL, &m);
        code = code_in(&m, cases[i].mention);
        if (!cases[i].code)
            assert_null(code);
        else if (!code || strcmp(code, cases[i].code) != 0)
            fail_msg("'%s' in '%s': %s", cases[i].mention, cases[i].text,
                     code ? code : "no mention");
    }
    find_mentions(&own,
                  "WASHINGTON, March 11 (Reuters) - A visit here by "
                  "Turkish trade officials will change nothing.",
                  NULL, &m);
    /* (the field joins the mention: "Turkish trade officials") */
    assert_non_null(code_in(&m, "Turkish trade officials"));
    assert_string_equal(code_in(&m, "Turkish trade officials"), "TURGOV");
    kg_ctx_free(ctx);
}

/* "A spokesman for Unilever Plc <UN.AS> declined to comment": a stock
 * ticker in angle brackets (capitals and dots) names no actor; a firm's
 * name in brackets, "<Zorg Holding Co>", is still read. */
static void stock_ticker_names_no_actor(void **state)
{
    mentions m;
    find_mentions(state,
                  "Zorgcorp Plc <NATO.AS> said it would buy a stake in "
                  "Sweden's Volcorp <VOL.ST>.",
                  NULL, &m);
    assert_null(code_in(&m, "NATO"));
    assert_string_equal(code_in(&m, "Sweden"), "SWE");
    find_mentions(state, "<Zorg Holding NATO> said it would buy a stake.",
                  NULL, &m);
    assert_non_null(code_in(&m, "NATO"));
}

/* A state's lenders are of no country: "banks" pressing a state named
 * bare are no banks of the story's country named before ("Turkish
 * banks"), and "its bank advisory committee" after the state it lends
 * to, a conjunct of its own, is not that state's. */
static void lenders_of_a_state_named_before(void **state)
{
    mentions m;
    find_mentions(state,
                  "Turkish banks raised their deposit rates on Monday.\n\n"
                  "Turkey suspended interest payments on its foreign debt "
                  "last month, and banks have been pressing Turkey to pay "
                  "part of the interest.",
                  NULL, &m);
    assert_string_equal(code_in(&m, "Turkish banks"), "TURBUS");
    assert_string_equal(code_in(&m, "banks"), "---BUS");
    find_mentions(state,
                  "Turkey and its bank advisory committee agreed to extend "
                  "the credit lines.",
                  NULL, &m);
    assert_string_equal(code_in(&m, "bank"), "---BUS");
}

/* "Chile, Sweden and Turkey signed an agreement with commercial banks
 * stretching out their debt payments": a plural group before an -ing
 * word with words of its own is the partner after "with", no modifier;
 * and with a partner named after "with" the coordinated subjects do
 * not sign with each other. */
static void partner_after_with_not_each_other(void **state)
{
    got g;
    size_t k;
    run(state,
        "Chile, Sweden and Turkey signed an agreement with commercial banks "
        "stretching out their debt payments.",
        &g);
    assert_int_equal(g.n, 3);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.obj[k], "UNK_BUS");
    /* (a partner kg does not keep as the object is still no sign that
     * the two signed with each other) */
    run(state, "Chile and Sweden signed an agreement with police chiefs.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "CHL");
}

/* "Government warplanes pounded rebel-held towns in northern Ivory
 * Coast": a government's forces named with no country are those of the
 * state where they act, as unnamed armed men are (the mention's code,
 * which kg entities prints). */
static void government_forces_of_the_place(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "Government forces killed 20 rebels in northern Syria on "
                  "Sunday.",
                  NULL, &m);
    for (i = 0; i < m.n && strcmp(m.text[i], "Government forces") != 0; i++)
        ;
    assert_true(i < m.n);
    assert_string_equal(m.code[i], "SYRMIL");
}

/* "the Cuban-backed Angolan government", "open its market to U.S.-made
 * semiconductors": the country before "-backed" (and a name) or "-made"
 * is no party; "Turkish-led forces" are Turkey's (xtra17). */
static void backer_or_maker_is_no_party(void **state)
{
    got g;
    run(state, "Sweden attacked the Turkish-backed Syrian government.", &g);
    assert_int_equal(g.n, 0);
    /* (before a plain noun the backer is the side, as the code book
     * codes "battled Pakistani-backed intruders") */
    run(state, "Sweden attacked the Turkish-backed rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "190");
    run(state, "Sweden bought Turkish-made goods.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden attacked Turkish-led forces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR_MIL", "190");
}

/* "finalised a bill to withdraw from Syria", "vetoed a resolution to
 * impose sanctions on": what a draft law or resolution would do is its
 * text, done by nobody yet (extra18); the act itself is coded. */
static void law_text_is_not_done(void **state)
{
    got g;
    run(state, "The Turkish cabinet finalised a bill to impose sanctions on "
               "Syria.",
        &g);
    expect_no_code(&g, "163");
    run(state,
        "Sweden vetoed a draft resolution to impose sanctions on Turkey.",
        &g);
    expect_no_code(&g, "163");
    run(state, "Sweden imposed sanctions on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "163");
}

/* "an attack on Iraqis cooperating with U.S. forces", "the unions meeting
 * Mr Prescott want": a participle of cooperation right after a noun says
 * what the noun's people are or do, no act told (extra18); a verb's
 * gerund ("continue meeting"), a noun ("a meeting with") and a paper's
 * act ("a statement praising") are left. */
static void describing_participle_is_no_act(void **state)
{
    got g;
    run(state, "Rebels attacked a Swedish convoy supplying Turkey.", &g);
    expect_no_code(&g, "072");
    run(state, "The Swedish officials meeting Erdogan want Turkey to leave.",
        &g);
    expect_no_code(&g, "040");
    run(state, "Sweden is supplying Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "072");
    run(state, "The Swedish officials met Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "person_recep_tayyip_erdogan", "040");
    run(state, "Swedish officials held a frank meeting with Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "person_recep_tayyip_erdogan", "040");
}

/* "the EU's decision to hold entry talks with Turkey", "Sweden decided to
 * hold talks with Turkey": talks one side decided on are its own intent
 * (036), one way (extra18); talks held are both sides'. */
static void decided_talks_are_one_way(void **state)
{
    got g;
    run(state, "Sweden decided to hold talks with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "036");
    run(state, "Sweden's decision to hold talks with Turkey was welcomed.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "036");
    run(state, "Sweden held talks with Turkey.", &g);
    assert_int_equal(g.n, 2);
}

/* "inched toward an agreement on starting membership talks", "a proposal
 * for an agreement on withdrawing missiles": the act a gerund after "on"
 * and a noun of agreement or talks heads is their topic, not done
 * (extra18). */
static void agreement_topic_gerund_not_done(void **state)
{
    got g;
    run(state, "Sweden and Turkey made progress on holding talks.", &g);
    expect_no_code(&g, "046");
    run(state, "Sweden and Turkey inched toward an agreement on beginning "
               "talks.",
        &g);
    expect_no_code(&g, "046");
    run(state, "Sweden and Turkey held talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, NULL, NULL, "046");
}

/* "rebels plotted to assassinate Bush", "a plot to bomb an airliner": an
 * act plotted is neither done nor a threat made to anyone (extra18). */
static void plotted_act_is_no_threat(void **state)
{
    got g;
    size_t k;
    run(state, "Swedish rebels plotted to attack Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.cameo[k], "");
    run(state, "Sweden uncovered a plot to attack Turkey.", &g);
    expect_no_code(&g, "190");
    expect_no_code(&g, "138");
    run(state, "Swedish rebels threatened to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.cameo[0][0], '1');
    assert_int_equal(g.cameo[0][1], '3');
}

/* "pressed Sri Lanka's Tamil Tiger rebels on Monday to sit down with the
 * government": an actor's possessor before the one asked stands where an
 * article would; the act asked for is not done (extra18). */
static void asked_actor_with_possessor(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden urged Sudan's Rapid Support Forces on Monday to attack "
               "Turkey.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack"))
            assert_string_equal(g.cameo[k], "");
    expect_no_code(&g, "190");
}

/* "use military force to protect", "who use force to defend": force as
 * violence is no actor (the user stays the subject); "a Swedish force"
 * is one (xtra17). */
static void force_used_is_no_actor(void **state)
{
    got g;
    run(state, "Householders who use force attack Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden will use military force to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "attack", "TUR", "138");
    run(state, "A Swedish force attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_MIL", "attack", "TUR", "190");
}

/* "the Texas Supreme Court", "the Court of Appeal": a court kg does not
 * know is a state's judiciary (JUD), of the place that opens its name;
 * not a person, and not a body of no state ("Court of Arbitration for
 * Sport") (ex_court_name). */
static void court_names_are_the_judiciary(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "The Alaska Supreme Court and the Court of Arbitration for "
                  "Sport ruled on Monday.",
                  NULL, &m);
    for (i = 0; i < m.n && strcmp(m.text[i], "Alaska Supreme Court") != 0;
         i++)
        ;
    assert_true(i < m.n);
    assert_string_equal(m.code[i], "USAJUD");
    assert_string_equal(m.type[i], "Organization");
    for (i = 0; i < m.n && strcmp(m.text[i], "Court of Arbitration for Sport");
         i++)
        ;
    assert_true(i == m.n || !strcmp(m.code[i], ""));
}

static void values_are_typed_and_normalised(void **state)
{
    mentions m;
    find_mentions(state,
                  "Trade reached $62 billion and \xE2\x82\xAC" "3.5bn, or 400 "
                  "million roubles, up 12% since 2020. The 4 million Syrian "
                  "refugees wait. Millions of tons of wheat rot.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "$62 billion", "MonetaryAmount"), "62000000000");
    assert_string_equal(value_of(&m, "\xE2\x82\xAC" "3.5bn", "MonetaryAmount"),
                        "3500000000");
    assert_string_equal(value_of(&m, "400 million roubles", "MonetaryAmount"),
                        "400000000");
    assert_string_equal(value_of(&m, "12%", "Percentage"), "12");
    assert_string_equal(value_of(&m, "2020", "Date"), "2020");
    assert_string_equal(value_of(&m, "4 million Syrian refugees", "Quantity"),
                        "4000000");
}

/* Every spelling of a scale and of a month that ex_scale and ex_month
 * know, and the relative dates (they reject most words by their first
 * letters). */
static void scale_and_month_spellings(void **state)
{
    mentions m;
    find_mentions(state,
                  "Aid of $2 m, $3 mn, $4 b, $5 bn, $6 tn, $7 thousand, "
                  "$8 trillion, $9 million and $1 billion came. Twelve "
                  "million ships sank. Seven thousand tanks rolled. Thousands "
                  "of tons of wheat rot.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "$2 m", "MonetaryAmount"), "2000000");
    assert_string_equal(value_of(&m, "$3 mn", "MonetaryAmount"), "3000000");
    assert_string_equal(value_of(&m, "$4 b", "MonetaryAmount"), "4000000000");
    assert_string_equal(value_of(&m, "$5 bn", "MonetaryAmount"), "5000000000");
    assert_string_equal(value_of(&m, "$6 tn", "MonetaryAmount"),
                        "6000000000000");
    assert_string_equal(value_of(&m, "$7 thousand", "MonetaryAmount"), "7000");
    assert_string_equal(value_of(&m, "$8 trillion", "MonetaryAmount"),
                        "8000000000000");
    assert_string_equal(value_of(&m, "$9 million", "MonetaryAmount"),
                        "9000000");
    assert_string_equal(value_of(&m, "$1 billion", "MonetaryAmount"),
                        "1000000000");
    assert_string_equal(value_of(&m, "Twelve million ships", "Quantity"),
                        "12000000");
    assert_string_equal(value_of(&m, "Seven thousand tanks", "Quantity"),
                        "7000");
    assert_string_equal(value_of(&m, "Thousands of tons of wheat", "Quantity"),
                        "1000");
    find_mentions(state,
                  "Talks were held on Sept 3, Sep 4, September 5, Jan 6, "
                  "March 7, Mar 8, May 9, Aug 10 and Dec 11.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "Sept 3", "Date"), "2023-09-03");
    assert_string_equal(value_of(&m, "Sep 4", "Date"), "2023-09-04");
    assert_string_equal(value_of(&m, "September 5", "Date"), "2023-09-05");
    assert_string_equal(value_of(&m, "Jan 6", "Date"), "2023-01-06");
    assert_string_equal(value_of(&m, "March 7", "Date"), "2023-03-07");
    assert_string_equal(value_of(&m, "Mar 8", "Date"), "2023-03-08");
    assert_string_equal(value_of(&m, "May 9", "Date"), "2023-05-09");
    assert_string_equal(value_of(&m, "Aug 10", "Date"), "2023-08-10");
    assert_string_equal(value_of(&m, "Dec 11", "Date"), "2022-12-11");
    /* and the words a dated document resolves (2023-05-12: a Friday) */
    find_mentions(state,
                  "Talks go on today and tomorrow, next week, this month "
                  "and next Tuesday; they began on Wednesday.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "today", "Date"), "2023-05-12");
    assert_string_equal(value_of(&m, "tomorrow", "Date"), "2023-05-13");
    assert_string_equal(value_of(&m, "next week", "Date"), "2023-05-15");
    assert_string_equal(value_of(&m, "this month", "Date"), "2023-05");
    assert_string_equal(value_of(&m, "next Tuesday", "Date"), "2023-05-16");
    assert_string_equal(value_of(&m, "Wednesday", "Date"), "2023-05-10");
}

static void dates_resolve_against_the_document(void **state)
{
    mentions m;
    /* 2023-05-12 is a Friday */
    find_mentions(state,
                  "On Thursday Sweden met Turkey. The run-off is on May 28. "
                  "Russia invaded in February 2022. Talks were held "
                  "yesterday and last year.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "Thursday", "Date"), "2023-05-11");
    assert_string_equal(value_of(&m, "May 28", "Date"), "2023-05-28");
    assert_string_equal(value_of(&m, "February 2022", "Date"), "2022-02");
    assert_string_equal(value_of(&m, "yesterday", "Date"), "2023-05-11");
    assert_string_equal(value_of(&m, "last year", "Date"), "2022");
    find_mentions(state, "Turkey votes ahead of Sunday's election.",
                  "2023-05-12", &m);
    assert_string_equal(value_of(&m, "Sunday", "Date"), "2023-05-14");
    /* without a document date a month and day stay yearless */
    find_mentions(state, "The run-off is on May 28.", NULL, &m);
    assert_string_equal(value_of(&m, "May 28", "Date"), "--05-28");
}

static void groups_and_descriptions(void **state)
{
    mentions m;
    size_t i;
    int group = 0, coref = 0, person = 0;
    find_mentions(state,
                  "Erdogan spoke. The Syrian refugees left. Swedish courts "
                  "ruled that refugees may stay. The Turkish man smiled.",
                  "2023-05-12", &m);
    for (i = 0; i < m.n; i++) {
        group += !strcmp(m.id[i], "SYR_REF");
        coref += !strcmp(m.text[i], "refugees") && !strcmp(m.id[i], "SYR_REF");
        person += !strcmp(m.text[i], "Turkish man") &&
                  !strcmp(m.id[i], "person_recep_tayyip_erdogan");
    }
    assert_int_equal(group, 2);
    assert_int_equal(coref, 1);
    assert_int_equal(person, 1);
}

/* index of the mention written `text`, or fail */
static size_t mention_at(const mentions *m, const char *text)
{
    size_t i;
    for (i = 0; i < m->n; i++)
        if (!strcmp(m->text[i], text))
            return i;
    fail_msg("no mention '%s'", text);
    return 0;
}

/* "Senator Lloyd Bentsen of Texas criticized Japan": a titled person
 * "of" a place takes the place's country (as "of Egypt" gives a
 * country), and is the actor, not the place (actor17 2026-11-23). */
static void titled_person_of_a_place(void **state)
{
    got g;
    run(state, "President Olof Testsson of Alaska accused Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_olof_testsson", "accuse", "SWE", "112");
    assert_string_equal(g.code[0], "USAGOV");
}

/* "a CNN journalist", "the Reuters news agency": a news agency coded by
 * its bare sector (Phoenix's MED) is not given the sector twice
 * (MEDMED) by the noun after it. */
static void media_agency_noun_keeps_its_code(void **state)
{
    mentions m;
    find_mentions(state, "Sweden accused a Testwire journalist.", NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "Testwire journalist")],
                        "MED");
}

/* "The kidnappers of an American journalist in Iraq have threatened":
 * unnamed armed men of a bare noun head the phrase whose "of" names
 * their victims (the journalist threatened nothing), also past a place
 * phrase after the victims (actor17 2026-11-23). */
static void perpetrators_head_their_victims(void **state)
{
    got g;
    run(state, "The insurgents of two Turkish journalists accused France.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---REB");
    run(state, "The insurgents of two Turkish journalists in Syria accused "
               "France.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---REB");
}

/* Assert that the mention written `text` in sentence has code. */
static void group_code(void **state, const char *sentence, const char *text,
                       const char *code)
{
    mentions m;
    find_mentions(state, sentence, NULL, &m);
    assert_string_equal(m.code[mention_at(&m, text)], code);
}

/* An unnamed group left with no country takes the one country its
 * sentence names, when no mention of it may be the group's counterpart
 * from abroad: a place the act is set in, a body of the state or of
 * politics (for armed men: a court or the police before them), a group
 * of the place (ex_sentence_groups, groups18 2026-11-23). */
static void groups_take_the_sentence_country(void **state)
{
    /* a place, also a country's city ("in Syria's capital") */
    group_code(state,
               "Police fired tear gas at crowds of merchants in Syria's "
               "capital on Sunday.",
               "Police", "SYRCOP");
    group_code(state,
               "Workers marched on Monday as journalists gathered in "
               "Aleppo.",
               "Workers", "SYRLAB");
    group_code(state, "Workers marched on Monday in the capital of Syria.",
               "Workers", "SYRLAB");
    group_code(state, "Police detained the leader of an uprising in a "
                      "northern Syrian town.",
               "Police", "SYRCOP");
    /* a place of a country named otherwise, not for armed men (the test
     * places_code_as_their_country: "Insurgents bombarded Aleppo") */
    group_code(state, "Police arrested two men in a suburban Aleppo "
                      "neighbourhood.",
               "Police", "SYRCOP");
    group_code(state, "Rebels attacked Aleppo.", "Rebels", "---REB");
    /* a state body of the country as the other side */
    group_code(state, "Workers held talks with the Syrian government on "
                      "Monday.",
               "Workers", "SYRLAB");
    /* the country named as a thing's owner ("Ukraine's presidential
     * runoff"), not at a place of another ("at Turkey's embassy") */
    group_code(state, "Workers marched against Syria's new tax law.",
               "Workers", "SYRLAB");
    group_code(state, "Workers marched at Syria's embassy.", "Workers",
               "---LAB");
    /* armed men after a court or the police of a country */
    group_code(state, "A Syrian court jailed a rebel for ten years.",
               "rebel", "SYRREB");
    group_code(state, "A rebel attacked a Syrian court.", "rebel", "---REB");
    group_code(state, "The Syrian government resumed talks with rebels on "
                      "Thursday.",
               "rebels", "SYRREB");
    /* the police of the country's own armed men */
    group_code(state, "Syrian insurgents attacked the police on Friday.",
               "police", "SYRCOP");
    /* not from the country named as the other party, nor from its people
     * (who may be abroad), nor for foreign ones */
    group_code(state, "Workers held talks with Syria on Monday.", "Workers",
               "---LAB");
    group_code(state, "Prosecutors questioned Syrian merchants.",
               "Prosecutors", "---JUD");
    group_code(state, "The Syrian government expelled foreign journalists.",
               "journalists", "---MED");
    /* two countries: whose is not said */
    group_code(state,
               "Workers held talks with the Syrian government in Alaska.",
               "Workers", "---LAB");
}

/* Codes of roots 08, 17 and 19 the lexicon's verb alone gets wrong
 * (missD 2026-11-23): a state's forces destroyed are military force
 * (190), houses destroyed stay property (1712); police or soldiers who
 * bar people from going somewhere restrict their movement (191), a
 * state's ban stays 172; "abide by" yields (080). */
static const char *cameo_of(const got *g, const char *type)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        if (!strcmp(g->type[k], type))
            return g->cameo[k];
    return "";
}

static void destroyed_forces_barred_movement_and_abiding(void **state)
{
    got g;
    run(state, "Sweden destroyed most of the Turkish army.", &g);
    assert_string_equal(cameo_of(&g, "attack"), "190");
    run(state, "Swedish troops destroyed Turkish houses.", &g);
    assert_string_equal(cameo_of(&g, "destroy"), "1712");
    run(state, "Swedish police barred Turkish protesters from returning to "
               "the square.",
        &g);
    assert_string_equal(cameo_of(&g, "blockade"), "191");
    run(state, "Sweden barred Turkish ministers from entering the country.",
        &g);
    assert_string_equal(cameo_of(&g, "restrict"), "172");
    run(state, "Sweden will abide by the Turkish ruling.", &g);
    assert_string_equal(cameo_of(&g, "yield"), "080");
}

/* "Iraqi militants kidnapped an Australian journalist and interrogated
 * him": with no person named, "him" is the one unnamed person the
 * sentence tells by an article, a nationality and a noun of a person
 * (missD 2026-11-23; rebels' detention is abduction, 181); a union is
 * no person. */
static void he_is_the_unnamed_person(void **state)
{
    got g;
    size_t k;
    run(state, "Syrian rebels met a Turkish journalist and detained him.",
        &g);
    for (k = 0; k < g.n && strcmp(g.cameo[k], "181") != 0; k++)
        ;
    expect_rel(&g, k, NULL, NULL, "TUR_MED", "181");
    /* (a nationality before a noun of a person kg codes no sector for) */
    run(state, "Syrian rebels met a Turkish engineer and detained him.",
        &g);
    for (k = 0; k < g.n && strcmp(g.cameo[k], "181") != 0; k++)
        ;
    expect_rel(&g, k, NULL, NULL, "TUR", "181");
    run(state, "A young Turkish engineer died after Syrian rebels "
               "detained him.",
        &g);
    for (k = 0; k < g.n && strcmp(g.cameo[k], "181") != 0; k++)
        ;
    expect_rel(&g, k, NULL, NULL, "TUR", "181");
    run(state, "Syrian rebels met a Turkish journalists' union and detained "
               "him.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "181");
}

/* "US forces are pushing into Fallujah on the fifth day of an offensive
 * to drive out insurgents": a town named in a phrase of place is no
 * subject of the infinitive of purpose after it; the clause's subject is
 * (missD 2026-11-23). */
static void town_in_place_phrase_does_not_act(void **state)
{
    got g;
    run(state, "Swedish forces are pushing into the city of Aleppo on the "
               "fifth day of an offensive to attack Turkish rebels.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_MIL", "attack", "TUR_REB", "190");
    /* (coordinated subjects all act) */
    run(state, "Swedish and Danish forces are pushing into the city of "
               "Aleppo on the fifth day of an offensive to attack Turkish "
               "rebels.",
        &g);
    assert_int_equal(g.n, 2);
}

/* "murdered in Baghdad by a group linked to Abu Musab al-Zarqawi": an
 * unnamed group tied to a named actor, after a passive's "by", acts for
 * that actor, as it does as the subject of an active verb (missD
 * 2026-11-23). */
static void by_a_group_linked_to(void **state)
{
    got g;
    run(state, "A Turkish diplomat was killed by a group linked to the "
               "Taliban.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "kill", "TUR", NULL);
    run(state, "A Turkish diplomat was killed by a group of Syrian rebels.",
        &g);
    assert_true(g.n == 0 || strcmp(g.subj[0], "TALIBAN") != 0);
}

/* "was shot dead by a Jewish extremist", "sabotaged by anti-government
 * rebels": words kg knows no actor in, before the common noun of an armed
 * or violent side after a passive's "by", describe that agent; before a
 * side of no force they are left (book21c 2026-11-24). */
static void by_described_armed_side(void **state)
{
    got g;
    run(state, "A Turkish diplomat was killed by hardline extremists in "
               "Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "kill", "TUR", "190");
    assert_string_equal(g.code[0], "SYRRAD");
    run(state, "The Turkish plan was rejected by hardline voters in Aleppo.",
        &g);
    assert_int_equal(g.n, 0);
}

/* A group noun right after the sentence's own dateline or credit opens
 * the story ("BAGHDAD -- Kidnappers seized", "AFP - Militants said") and
 * is a group, armed ones set where the dateline is; "across" a country
 * sets an act in it; "to press for" is the verb, no press; a minister of
 * no country the story names is of the one country the sentence named
 * before him with a domestic group of it, not after a body of no state
 * (rbact 2026-11-23). */
static void dateline_groups_and_untold_ministers(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state, "DAMASCUS -- Insurgents attacked Turkish outposts.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "Insurgents")], "SYRREB");
    find_mentions(state, "AFP - Rebels said they attacked Turkish outposts.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "Rebels")], "---REB");
    find_mentions(state,
                  "Insurgents attacked Turkish outposts across Syria.", NULL,
                  &m);
    assert_string_equal(m.code[mention_at(&m, "Insurgents")], "SYRREB");
    find_mentions(state, "Sweden decided to press for a Turkish reform.",
                  NULL, &m);
    for (i = 0; i < m.n; i++)
        assert_string_not_equal(m.text[i], "press");
    find_mentions(state,
                  "Sweden's farmers praised Supply Minister Olof "
                  "Testsson.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "Olof Testsson")], "SWEGOV");
    find_mentions(state,
                  "Sweden's farmers borrowed from the Paris Club, president "
                  "Olof Testsson said.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "Olof Testsson")], "");
    /* the people after "of" are the armed men's victims, not their
     * country ("the kidnappers of two Chinese engineers") */
    find_mentions(state, "Syria talked to the insurgents of two Turkish "
                         "hostages.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "insurgents")], "---REB");
    /* a group noun named again in its sentence is the group named
     * before with its agent */
    find_mentions(state,
                  "Talks between Syrian rebels and Turkey resumed after a "
                  "boycott by rebels.",
                  NULL, &m);
    assert_string_equal(m.code[mention_at(&m, "rebels")], "SYRREB");
    /* Romance particles inside a name: "Minas de Almaden y Arrayanes
     * S.A.", "Luiz Inacio Lula da Silva" */
    find_mentions(state, "Sweden sued Minas de Almaden y Arrayanes S.A. on "
                         "Monday.",
                  NULL, &m);
    (void)mention_at(&m, "Minas de Almaden y Arrayanes S.A.");
}

/* "A Ugandan goodwill mission led by minister of state ... Balaki Kirya
 * will visit Kenya": the group "led by" or "headed by" a leader is the
 * subject, not the leader (rbact 2026-11-23). */
static void group_led_by_a_leader_acts(void **state)
{
    got g;
    run(state, "Syrian forces led by general Ali Veli attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", NULL);
}

/* "US and Afghan security forces": an abbreviated country name written
 * as a modifier shares the noun of the country word after "and", as a
 * demonym does (rbact 2026-11-23). */
static void abbreviation_shares_the_noun(void **state)
{
    got g;
    run(state, "US and Turkish forces attacked Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", NULL);
    expect_rel(&g, 1, "USA_MIL", "attack", "SYR", NULL);
}

static void initials_stay_inside_names(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "Vladimir V. Putin met John F. Kennedy. George H. W. Bush "
                  "spoke to Putin.",
                  "2016-01-01", &m);
    i = mention_at(&m, "Vladimir V. Putin");
    assert_string_equal(m.id[i], "person_vladimir_putin");
    assert_string_equal(m.code[i], "RUSGOV");
    i = mention_at(&m, "John F. Kennedy");
    assert_string_equal(m.id[i], "x_john_f_kennedy");
    assert_string_equal(m.type[i], "Person");
    assert_int_equal(m.sentence[i], 0);
    /* no sentence ends at an initial: two sentences in all */
    i = mention_at(&m, "George H. W. Bush");
    assert_string_equal(m.type[i], "Person");
    assert_int_equal(m.sentence[i], 1);
    i = mention_at(&m, "Putin");
    assert_string_equal(m.id[i], "person_vladimir_putin");
    assert_int_equal(m.sentence[i], 1);
}

static void places_code_as_their_country(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "Russia held exercises in Alaska. Insurgents bombarded "
                  "Aleppo. Chechen rebels fled. Alaska Airlines flew.",
                  "2016-01-01", &m);
    i = mention_at(&m, "Alaska");
    assert_string_equal(m.id[i], "place_usa_alaska");
    assert_string_equal(m.type[i], "Place");
    assert_string_equal(m.code[i], "USA");
    assert_string_equal(m.code[mention_at(&m, "Aleppo")], "SYR");
    /* a group noun that opens the sentence is still a group */
    assert_string_equal(m.code[mention_at(&m, "Insurgents")], "---REB");
    i = mention_at(&m, "Chechen rebels");
    assert_string_equal(m.id[i], "RUS_REB");
    assert_string_equal(m.code[i], "RUSREB");
    /* a place that starts a longer name is not the place */
    assert_string_equal(m.id[mention_at(&m, "Alaska Airlines")],
                        "x_alaska_airlines");
}

/* "West Germany", "West German": the longer name wins over the bloc word
 * "West" (PETRARCH codes West Germany DEU, Phoenix.Countries.actors) */
static void longer_names_win_over_the_west(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "West Germany and Russia agreed. West German officials met "
                  "the West.",
                  "1987-03-01", &m);
    assert_string_equal(m.id[mention_at(&m, "West Germany")], "DEU");
    assert_string_equal(m.id[mention_at(&m, "West German")], "DEU");
    for (i = 0; i < m.n; i++)
        if (!strcmp(m.id[i], "WEST"))
            assert_string_equal(m.text[i], "West");
    assert_string_equal(m.id[mention_at(&m, "West")], "WEST");
}

/* a surname known alone (Jens Stoltenberg) after another given name is
 * another person; the entry's own names and openers keep the match */
static void other_given_names_are_other_people(void **state)
{
    mentions m;
    find_mentions(state,
                  "West German President Gerhard Stoltenberg met "
                  "Putin. He met Jens Stoltenberg and Recep Tayyip Erdogan.",
                  "2016-01-01", &m);
    assert_string_equal(
        m.id[mention_at(&m, "West German President Gerhard Stoltenberg")],
        "x_gerhard_stoltenberg");
    assert_string_equal(m.id[mention_at(&m, "Jens Stoltenberg")],
                        "person_jens_stoltenberg");
    assert_string_equal(m.id[mention_at(&m, "Recep Tayyip Erdogan")],
                        "person_recep_tayyip_erdogan");
    find_mentions(state, "Stoltenberg met Erdogan.", "2016-01-01", &m);
    assert_string_equal(m.id[mention_at(&m, "Stoltenberg")],
                        "person_jens_stoltenberg");
}

/* two given names ("Mario Luis Stoltenberg") or one before a particle
 * ("Edson de Stoltenberg") make another person too, also at a sentence
 * opener; a party's member before the surname is no given name
 * (ex_other_given_name). */
static void longer_given_names_are_other_people(void **state)
{
    mentions m;
    find_mentions(state, "Mario Luis Stoltenberg met Erdogan.", "2016-01-01",
                  &m);
    assert_string_equal(m.id[mention_at(&m, "Mario Luis Stoltenberg")],
                        "x_mario_luis_stoltenberg");
    find_mentions(state, "The firm's president Edson de Stoltenberg met "
                         "Erdogan.",
                  "2016-01-01", &m);
    assert_string_equal(m.id[mention_at(&m, "Edson de Stoltenberg")],
                        "x_edson_de_stoltenberg");
    find_mentions(state, "Erdogan met the Labour Stoltenberg.", "2016-01-01",
                  &m);
    assert_string_equal(m.id[mention_at(&m, "Stoltenberg")],
                        "person_jens_stoltenberg");
}

/* "British Foreign Secretary Sir Geoffrey Howe": an honorific between
 * an office and its holder's name keeps the office's code. */
static void honorific_after_a_title(void **state)
{
    got g;
    run(state, "Swedish Prime Minister Sir Anna Berg met Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_anna_berg", "meet", "TUR", "040");
    assert_string_equal(g.code[0], "SWEGOV");
}

/* 1980s wire copy names the EU's predecessor "the EC", "the European
 * Community", "the EEC": one IGO actor (it was an unknown "x_ec"). */
static void the_european_community(void **state)
{
    got g;
    run(state, "The EC praised Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "EUROPEAN_COMMUNITY", "praise", "SWE", "051");
    assert_string_equal(g.code[0], "IGOEUREEC");
    run(state, "Sweden praised the European Community.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "praise", "EUROPEAN_COMMUNITY", "051");
}

/* regions and bodies named after a country's name or capital are not the
 * country: "South America" (not "America"), the Paris Club (creditor
 * states, not France), the tribunal in The Hague (not the Netherlands) */
/* "phone" and "phones" are mostly the device ("US phone firm MCI",
 * "camera phones"): the lexicon lists only the verb's past form. */
static void phones_are_devices(void **state)
{
    got g;
    run(state, "Turkey phoned Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "phone", "SYR", "041");
    run(state, "Turkey phones Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "Gunmen ambushed a bus carrying unarmed Iraqis": force against a
 * vehicle hits the people it carries. */
static void vehicles_carrying_people(void **state)
{
    got g;
    run(state, "The Taliban attacked a bus carrying Turkish workers.", &g);
    assert_int_equal(g.n, 1);
    /* (workers are TUR_LAB or TUR, as the fixture's agents have it) */
    /* (the Taliban's attack on workers is 180: on civilians) */
    expect_rel(&g, 0, "TALIBAN", "attack", NULL, "180");
    assert_true(strstr(g.obj[0], "TUR") != NULL);
}

/* "Russia announced a ceasefire in Syria": "announced" is a word of
 * speech, but one that opens a verb entry of several words is the act
 * the entry names; "announced that it would attack" stays speech. */
static void announced_acts(void **state)
{
    got g;
    run(state, "Russia announced a ceasefire in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "ceasefire", "SYR", "0871");
    run(state, "Russia announced that it would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", NULL);
}

/* "US-led forces", "Saudi-led forces": the leader's own sector, as "US
 * forces" is (not a group of nobody's). */
static void forces_led_by_a_country(void **state)
{
    got g;
    run(state, "US-led forces attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
    assert_string_equal(g.code[0], "USAMIL");
}

/* "Syrian rebel forces", "Chechen rebel fighters": a group noun that
 * modifies a fighting one keeps its sector, and the mention takes the
 * head the verb's subject is read from. */
static void rebel_forces(void **state)
{
    got g;
    run(state, "Syrian rebel forces attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "TUR", "190");
    assert_string_equal(g.code[0], "SYRREB");
}

/* "Turkey will send aid to Syria, President Erdogan said": a future the
 * actor's own government announces after the clause is an intention
 * (033); another's report of it stays the act's own code. */
static void future_announced_by_own_leader(void **state)
{
    got g;
    run(state, "Turkey will send aid to Syria, President Erdogan said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
    run(state, "Turkey will send aid to Syria, Putin said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
}

/* "Kocharyan and his Azerbaijani counterpart Heydar Aliyev met", "Putin
 * and Ukraine's Leonid Kuchma discussed": wire copy names the second of
 * two leaders by "his <nationality> counterpart" or by his country's
 * possessive; both are members of the coordinated subject, each meeting
 * the other.  "met face to face", "met face-to-face": how they met, no
 * phrase they met. */
static void counterpart_in_coordinated_subject(void **state)
{
    got g;
    run(state, "Putin and his Turkish counterpart Recep Tayyip Erdogan met "
               "on Tuesday.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "meet",
               "person_vladimir_putin", "040");
    expect_rel(&g, 1, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Putin and his counterpart Erdogan met.", &g);
    assert_int_equal(g.n, 2);
    run(state, "Putin and Turkey's Erdogan met.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "meet",
               "person_vladimir_putin", "040");
    run(state, "Putin and Erdogan met face to face.", &g);
    assert_int_equal(g.n, 2);
    run(state, "Putin and Erdogan met face-to-face.", &g);
    assert_int_equal(g.n, 2);
}

/* "Belarus signalled on Tuesday that it would bow to Moscow's terms",
 * "indicated that it would", "made clear that it would": a word that
 * announces or promises the subject's own act before "it would" states
 * its intention (033), as "said it would" does, past a date and "that". */
static void signalled_that_it_would_is_intent(void **state)
{
    got g;
    run(state, "Turkey signalled on Tuesday that it would send aid to "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
    run(state, "Turkey indicated that it would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
    run(state, "Turkey made clear that it would send aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
}

/* "HELSINKI (Reuters) - Indonesian government negotiators and Free Aceh
 * Movement rebels held talks": the people of a state organ named right
 * before them are that state's, not the dateline's (a conjunct of the
 * coordinated subject of their own). */
static void government_negotiators_as_a_conjunct(void **state)
{
    got g;
    run(state, "DAMASCUS, May 3 (Reuters) - Turkish government authorities "
               "and the rebels held talks.",
        &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.code[0], "SYRREB"); /* (rebels of the dateline) */
    expect_rel(&g, 1, "TUR", "negotiate", NULL, "046");
    assert_string_equal(g.code[1], "TURGOV");
    run(state, "Turkish government authorities and Syria held talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "negotiate", "TUR", "046");
    assert_string_equal(g.code[1], "TURGOV");
}

/* "expressed its willingness to help", "reaffirmed its commitment to
 * help": a noun of intent before the verb is an intention (033), as
 * "is willing to help" is. */
static void nouns_of_intent(void **state)
{
    got g;
    run(state, "Russia expressed its willingness to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR", "033");
    run(state, "Turkey reaffirmed its commitment to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "033");
}

/* "Russia and Syria agreed to hold talks", "Russia and Syria announced a
 * ceasefire", "vowed to resolve their dispute": an agreement to act with
 * a partner, a ceasefire and a settlement bind coordinated subjects to
 * each other (036, 0871, 037), not the talks held (046) nor nothing. */
static void agreements_between_subjects(void **state)
{
    got g;
    run(state, "Russia and Syria agreed to hold talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", NULL, "RUS", "036");
    expect_rel(&g, 1, "RUS", NULL, "SYR", "036");
    run(state, "Russia and Syria announced a ceasefire.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "ceasefire", "RUS", "0871");
    expect_rel(&g, 1, "RUS", "ceasefire", "SYR", "0871");
    /* a dispute settled (037) is each one's with the other */
    run(state, "Russia and Syria vowed to resolve their border dispute.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "pledge", "RUS", "037");
    expect_rel(&g, 1, "RUS", "pledge", "SYR", "037");
    /* an agreement reached to a thing is each one's with the other
     * (030); one only possible is each one's consent to a third's */
    run(state,
        "Russia and Syria have agreed to an early resumption of the rail "
        "link.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "agree_to", "RUS", "030");
    expect_rel(&g, 1, "RUS", "agree_to", "SYR", "030");
    run(state, "Russia and Syria might agree to the tax.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia and Syria have agreed on a new pricing system.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "agree_to", "RUS", "030");
    /* so is one to act with no entry of its own (a date aside); "agreed
     * to hold talks" above is the infinitive's entry's alone */
    run(state, "Russia and Syria agreed last week to stabilize exchange rates.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", "agree_to", "SYR", "030");
    /* coordinated subjects take no -s verb: "exports" is a noun, the
     * topic of the talk, no trade between them */
    run(state, "Russia and Syria discussed grain exports.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "061") != 0);
    /* (asked of them in a "that" clause, it is only demanded: no 037) */
    run(state, "Sweden insisted that Russia and Syria resolve their dispute.",
        &g);
    for (size_t k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "037") != 0);
}

/* "received $50 million in weapons from", "accepted weapons from": a sum
 * after the verb of receiving is read past, and accepting is receiving. */
static void sums_received_and_things_accepted(void **state)
{
    got g;
    run(state, "Syria received $50 million in weapons from Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
    run(state, "Syria accepted weapons from Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
}

/* "Russia and Syria launched a joint venture": a noun of joint work after
 * a light verb is one act of both subjects, each with the other (061). */
static void joint_work_launched_by_subjects(void **state)
{
    got g;
    run(state, "Russia and Syria launched a joint venture.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "cooperate_economically", "RUS", "061");
    expect_rel(&g, 1, "RUS", "cooperate_economically", "SYR", "061");
}

/* "Russia was open to talks with Syria": willing to talk, not talking
 * (036, as "is prepared to meet"). */
static void open_to_talks(void **state)
{
    got g;
    run(state, "Russia was open to talks with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "036");
}

/* "destroyed most of the Ivorian air force", "killed three of the
 * gunmen": a part of the actor after "of" is the actor. */
static void parts_of_an_actor(void **state)
{
    got g;
    run(state, "Syria attacked most of the Turkish army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "TUR") != NULL);
    run(state, "Syria attacked one of the Turkish armies.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "TUR") != NULL);
    /* (a figure's part: "freed 100 (more) of the peacekeepers") */
    run(state, "Syria attacked 12 of the Turkish armies.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "TUR") != NULL);
    run(state, "Syria attacked 100 more of the Turkish armies.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    assert_true(strstr(g.obj[0], "TUR") != NULL);
}

/* "A gas explosion in a coal mine in central China killed 56": a
 * country inside an "in" phrase on a thing says where, it is no
 * subject; people in a place and a possessor still act. */
static void places_in_phrases_are_no_subjects(void **state)
{
    got g;
    run(state, "A convoy in northern Syria attacked Turkish soldiers.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Fighters in Syria attacked Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", NULL, "190");
}

/* "Taiwan's trade surplus with the US": a balance of trade is a
 * statistic, its own noun entry (no code), not trade between the two. */
static void trade_balances_are_no_trade(void **state)
{
    got g;
    run(state, "Turkey's trade surplus with Syria grew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "trade_balance", "SYR", "");
}

/* "Kidnappers seized two Americans", "snatched by gunmen": people seized
 * or snatched are abducted (181);
 * a thing seized is property (171). */
static void seized_people_are_abducted(void **state)
{
    got g;
    run(state, "The Taliban seized two Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "abduct", "SYR", "181");
    run(state, "The Taliban seized a Turkish woman.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "abduct", "TUR", "181");
    run(state, "The Taliban seized a Turkish ship.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "seize", "TUR", "171");    /* (and snatched: "three Britons were snatched by gunmen") */
    run(state, "Two Syrians were snatched by the Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "abduct", "SYR", "181");
    /* (clergy and believers are people: "snatched 140 worshippers") */
    run(state, "The Taliban seized three Turkish clerics.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "abduct", NULL, "181");
    /* (aid workers are people of an aid group: "snatched a German aid
     * worker") */
    run(state, "The Taliban snatched a Turkish aid worker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "abduct", NULL, "181");
}

/* "attacked Kurdish YPG fighters", "Islamist Hamas militants": a creed's
 * or a stateless people's adjective before a group the ontology codes is
 * the group's modifier, no unknown name that would stand for the object. */
static void faith_before_a_named_group(void **state)
{
    got g;
    run(state, "Turkey attacked Islamist Taliban fighters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "TALIBAN", "190");
    run(state, "Turkey attacked the Kurdish Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "TALIBAN", "190");
    run(state, "Islamist Taliban fighters attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "TUR", NULL);
}

/* "Would China invade Taiwan if ...?", "Will Iran attack Israel?": a
 * yes/no question asks whether the act happens: kept, hypothetical, with
 * no event code; a wh-question takes the act as done, and a question
 * after the act's clause leaves it alone. */
static void yes_no_question_is_no_event(void **state)
{
    got g;
    run(state, "Will Syria attack Turkey?", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", NULL);
    assert_string_equal(g.cameo[0], "");
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Did Syria attack Turkey again?", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Why did Syria attack Turkey?", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
    run(state, "Syria attacked Turkey: will Sweden respond?", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
}

/* "stormed Garissa University College in eastern Kenya", "attacked Baga
 * in northeastern Nigeria": a site or place kg does not know, placed in a
 * country by "in", is that country's, the target CAMEO codes; a college
 * is a civilian site (180 when rebels storm it).  A person is only where
 * he was, and a country that starts a longer name places nothing. */
static void unknown_site_in_a_country(void **state)
{
    got g;
    run(state, "The Taliban attacked Baga in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "x_baga", "190");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYR\""));
    run(state, "The Taliban attacked Garissa University College in Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", NULL, "180");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYR\""));
    run(state, "The Taliban attacked Baga in Syria Television.", &g);
    assert_true(g.n >= 1);
    assert_null(strstr(g.json[0], "\"code\":\"SYR\""));
    run(state, "The Taliban attacked Ahmed Zaki in Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_null(strstr(g.json[0], "\"code\":\"SYR\""));
    /* (force hits what stands "near" or "outside" a place as what stands
     * in it: "struck air defence sites near Baghdad") */
    run(state, "The Taliban attacked air defence sites near Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "SYR", "190");
    run(state, "Turkish troops shelled positions outside Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "194");
}

/* "Boko Haram bombed a market", "a Taliban suicide bomber attacked":
 * violence by rebels, gangs or a bomber is unconventional (18), and so is
 * the toll of it ("bombed a market, killing two"); a state's, the killing
 * of armed men, and a killing told as the act itself ("gunmen killed the
 * governor") stay root 19. */
static void irregular_violence_is_assault(void **state)
{
    got g;
    size_t k;
    run(state, "The Taliban bombed Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "bomb", NULL, "183");
    /* (a killing told as the act is 190, as the real-news coders code
     * it; only as the toll of the group's act is it 1823: missD) */
    run(state, "The Taliban killed two Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "kill", "SYR", "190");
    run(state, "The Taliban bombed a Turkish market, killing two Syrians.",
        &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "kill") != 0; k++)
        ;
    expect_rel(&g, k, "TALIBAN", "kill", "SYR", "1823");
    run(state, "A Taliban suicide bomber attacked Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "bomb", NULL, "1831");
    /* (a bomber named by the agent noun alone, or in the plural) */
    run(state, "A suicide bomber attacked Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "bomb", "TUR_COP", "1831");
    run(state, "Suicide bombers attacked Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", "bomb", "TUR_COP", "1831");
    /* (a bomber named after the noun: "Palestinian suicide bomber Hanadi
     * Jaradat ... killing 21") */
    run(state, "Syrian suicide bomber Ahmed Karimi killed ten Turkish "
               "civilians.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ahmed_karimi", "bomb", "TUR", "1831");
    run(state, "A Syrian car bomb killed Turkish police.", &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++)
        expect_rel(&g, k, "SYR", "bomb", "TUR_COP", "1832");
    /* killing armed men is fighting; a state's bombing is military */
    run(state, "The Taliban killed Turkish rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "kill", NULL, "190");
    run(state, "Syria bombed Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    /* an attack on civilians is 180, one on a force stays 190 */
    run(state, "Al-Qaeda attacked Turkish journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "AL_QAEDA", "attack", NULL, "180");
    run(state, "Al-Qaeda attacked Turkish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "AL_QAEDA", "attack", NULL, "190");    /* "Russian hackers attacked the German parliament's network" */
    run(state, "Syrian hackers attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "cyberattack", "TUR", "176");
}

/* "Islamic State captured 20 soldiers", "pirates captured a ship": a
 * militant group or a gang takes no legal action (173); its taking of
 * people is abduction (181), as a rebel's is. */
static void militant_groups_abduct(void **state)
{
    got g;
    run(state, "Al-Qaeda captured two Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "AL_QAEDA", "abduct", "SYR", "181");
    run(state, "Turkey captured two Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "arrest", "SYR", "173");
}

/* Police sent abroad to keep order are peacekeepers (074); sent with no
 * such purpose they are a police deployment (153). */
static void police_sent_abroad_to_restore_order(void **state)
{
    got g;
    run(state, "Turkey deployed police officers to Syria to help restore "
               "order.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "protect", "SYR", "074");
    run(state, "Turkey deployed police officers to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mobilize_police", "SYR", "153");
}

/* Force by the police on the opposition as a crowd is violent
 * repression (175); on one person of it, an assault (182). */
static void one_opposition_journalist_beaten(void **state)
{
    got g;
    run(state, "Turkish police beat opposition supporters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "repress", NULL, "175");
    run(state, "Turkish police beat an opposition journalist.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "assault", NULL, "182");
}

/* "Police fired water cannon at protesters": coercion (170) of a crowd
 * by those who keep order is violent repression (175); of others it
 * stays 170. */
static void water_cannon_on_protesters_is_repression(void **state)
{
    got g;
    run(state, "Turkish police fired water cannon at Syrian protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "repress", NULL, "175");
    run(state, "Turkish police fired water cannon at Syrian workers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "coerce", NULL, "170");
}

/* "massacred hundreds of thousands of Tutsis", "tens of thousands of
 * Rohingya": a count of a count before the object's actor. */
static void counts_of_counts_before_objects(void **state)
{
    got g;
    run(state, "Turkey detained hundreds of thousands of Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "arrest", "SYR", "173");
    run(state, "Turkey detained tens of thousands of Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "arrest", "SYR", "173");
}

/* "launched attacks on Saturday on Iraqi police": a weekday between an
 * entry's words and its preposition says when. */
static void weekdays_before_the_preposition(void **state)
{
    got g;
    run(state, "Turkey imposed sanctions on Monday on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
    run(state, "Turkey imposed sanctions yesterday on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
}

/* "killed a second US hostage", "attacked senior Taliban fighters": a
 * word of rank or order before the object's actor. */
static void rank_words_before_objects(void **state)
{
    got g;
    run(state, "Syria attacked a second Turkish convoy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
    run(state, "Syria attacked senior Taliban commanders.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TALIBAN", "190");
    /* "cracked down on peaceful demonstrators": how people are described */
    run(state, "Syria detained peaceful Turkish protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "arrest", NULL, "173");
    run(state, "Syria detained angry Turkish workers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "arrest", NULL, "173");
    /* (an open list would take the noun before a relative clause) */
    run(state, "Syria attacked the plan Turkey made.", &g);
    assert_int_equal(g.n, 0);
}

/* "A Turkish engineer attacked by the Taliban was found dead": a past
 * participle right after an actor's noun phrase and before "by" and an
 * actor is a reduced relative clause, the agent's act on that actor. */
static void reduced_relatives_with_by(void **state)
{
    got g;
    run(state, "A Turkish engineer attacked by the Taliban was found dead.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "TUR", "190");
    run(state, "Syrian soldiers attacked by Taliban fighters left.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "SYR", "190");
    run(state, "A Turkish engineer reportedly attacked by the Taliban "
               "was found dead.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "TUR", "190");
    /* (an -ly noun, ex_is_ly_adverb, is no adverb: the phrase's head) */
    run(state, "A Turkish family attacked by the Taliban was found dead.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "attack", "TUR", "190");
    /* an actor's act on its own people is the main scan's */
    run(state, "Turkish soldiers attacked by Turkey left.", &g);
    assert_int_equal(g.n, 0);
}

/* "al-Qaeda", "al Qaeda": an Arabic article in lower case may open a
 * name when a capital follows it. */
static void lower_case_arabic_articles_open_names(void **state)
{
    got g;
    run(state, "Syria attacked al-Qaida.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "AL_QAEDA", "190");
    run(state, "Syria attacked five al Qaeda supporters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "AL_QAEDA", "190");
    /* (no capital after it: no name) */
    run(state, "Syria attacked al-qaida.", &g);
    assert_int_equal(g.n, 0);
}

static void regions_and_bodies_named_after_places(void **state)
{
    mentions m;
    find_mentions(state,
                  "South America's largest economy met the Paris Club. The "
                  "Hague tribunal indicted Putin. Paris agreed.",
                  "1999-06-01", &m);
    assert_string_equal(m.id[mention_at(&m, "South America")],
                        "SOUTH_AMERICA");
    assert_string_equal(m.code[mention_at(&m, "Paris Club")], "IGO");
    assert_string_equal(m.code[mention_at(&m, "The Hague tribunal")],
                        "IGOUNOJUDWCT");
    assert_string_equal(m.id[mention_at(&m, "Paris")], "FRA");
}

/* After a bare country name a participle is the verb, not a modifier of
 * the group noun: "Belarus jailed opposition leader Maria Kolesnikova" is
 * an arrest by Belarus, not a group "Belarus jailed opposition" with no
 * verb left (the fixture has "arrest", not "jail"). */
static void participle_after_bare_name_is_the_verb(void **state)
{
    got g;
    mentions m;
    run(state, "Russia detained opposition leader Ivan Petrov.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUS");
    assert_string_equal(g.cameo[0], "173");
    find_mentions(state, "Russia's exiled opposition met Sweden.",
                  "2022-01-01", &m);
    assert_string_equal(m.code[mention_at(&m, "Russia's exiled opposition")],
                        "RUSOPP");
}

/* "Russian opposition leader Ivan Petrov", a name kg does not know: one
 * mention of the person, coded as the country's opposition (RUSOPP), not
 * a group "Russian opposition" and a person after it. */
static void a_country_opposition_leader_unknown_by_name(void **state)
{
    got g;
    mentions m;
    run(state, "Sweden condemned Russian opposition leader Ivan Petrov.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "criticize", "x_ivan_petrov", "111");
    assert_non_null(strstr(g.json[0], "\"object\":{\"id\":\"x_ivan_petrov\""));
    assert_non_null(strstr(g.json[0], "\"text\":\"Russian opposition "
                                      "leader Ivan Petrov\""));
    assert_non_null(strstr(g.json[0], "\"code\":\"RUSOPP\""));
    find_mentions(state, "Russia's opposition leader Ivan Petrov met Sweden.",
                  "2022-01-01", &m);
    assert_string_equal(
        m.code[mention_at(&m, "Russia's opposition leader Ivan Petrov")],
        "RUSOPP");
    /* (a group noun after it stays the group's) */
    find_mentions(state, "Russian opposition figures met Sweden.",
                  "2022-01-01", &m);
    assert_string_equal(m.code[mention_at(&m, "Russian opposition")],
                        "RUSOPP");
}

/* "Officials met in Geneva, urging Iran": a place reached by a verb of
 * meeting or travel is a venue, neither whose the officials are nor the
 * participle's actor; officials placed "in" it are still its own. */
static void venues_are_no_actors(void **state)
{
    got g;
    run(state, "Authorities met in Aleppo, urging Turkey to withdraw.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Diplomats met in Paris, urging Turkey to withdraw.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Authorities in Aleppo urged Turkey to withdraw.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "urge", "TUR", "020");
    assert_string_equal(g.code[0], "SYRGOV");
}

static void officials_of_international_bodies(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state, "Stoltenberg met Erdogan.", "2016-01-01", &m);
    i = mention_at(&m, "Stoltenberg");
    assert_string_equal(m.code[i], "IGOWSTNAT");
    /* after the office: still the body's man, not nobody's */
    find_mentions(state, "Stoltenberg met Erdogan.", "2025-06-01", &m);
    assert_string_equal(m.code[mention_at(&m, "Stoltenberg")], "IGOWSTNAT");
    /* the government of a country named with it */
    find_mentions(state, "The government of Syria denied it.", "2016-01-01",
                  &m);
    i = mention_at(&m, "government");
    assert_string_equal(m.id[i], "SYR");
    assert_string_equal(m.code[i], "SYRGOV");
}

static void unknown_officials_take_their_country(void **state)
{
    mentions m;
    size_t i;
    find_mentions(state,
                  "Syrian President Ahmed Zaki met Putin. Ali Veli, Turkey's "
                  "president, left. President Omar Kaya of Sweden spoke. NATO "
                  "spokesman Mark Doe agreed. The Syrian cleric Eva Berg "
                  "preached.",
                  "2016-01-01", &m);
    /* (the country word is the title's, in the mention: the known
     * titled people's way) */
    i = mention_at(&m, "Syrian President Ahmed Zaki");
    assert_string_equal(m.type[i], "Person");
    assert_string_equal(m.code[i], "SYRGOV");
    /* an apposition gives country and office */
    assert_string_equal(m.code[mention_at(&m, "Ali Veli")], "TURGOV");
    /* "of" and a country after the name; the "of" is not part of it */
    assert_string_equal(m.code[mention_at(&m, "Omar Kaya")], "SWEGOV");
    /* a body's title codes as the body */
    assert_string_equal(m.code[mention_at(&m, "Mark Doe")], "IGOWSTNAT");
    /* a name right after a group is one of its members */
    assert_string_equal(m.code[mention_at(&m, "Eva Berg")], "SYRREL");
    /* a capitalised institution of the article's country */
    find_mentions(state, "Sweden voted. Sweden won. The Army said.",
                  "2016-01-01", &m);
    assert_string_equal(m.code[mention_at(&m, "Army")], "SWEMIL");
}

/* The subject is not an actor inside a phrase of place, time or company
 * that follows it, nor one inside a relative clause set off by commas. */
static void subjects_past_phrases_and_relative_clauses(void **state)
{
    got g;
    run(state, "Putin on his visit to Sweden praised Erdogan.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "person_vladimir_putin", "praise",
               "person_recep_tayyip_erdogan", "051");
    /* an actor that heads no chain keeps the verb */
    run(state, "A spokesman for Syria praised Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "praise", "TUR", "051");
    run(state, "Erdogan, who has praised Sweden and is one of the United "
               "States' closest allies, will meet with Putin.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "meet",
               "person_vladimir_putin", "036");
    /* a participle's phrase between commas, however long */
    run(state, "Putin, touring a sprawling camp housing thousands of "
               "displaced people from the troubled north of Syria, praised "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "praise", "TUR", "051");
    /* a phrase of place, time or company between commas */
    run(state, "Putin, on a tour meant to win support from Syria, praised "
               "Turkey.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "person_vladimir_putin", "praise", "TUR",
               "051");
    /* a relative clause after a head that names no actor: the verb has
     * no actor for its subject, the places of the clause none either */
    run(state, "The report, which was written in Syria, accused Turkey of "
               "torture.",
        &g);
    expect_no_subject(&g, "SYR");
    run(state, "A director of the fund, which has offices in Sweden, Syria "
               "and Turkey, praised Erdogan.",
        &g);
    expect_no_subject(&g, "SWE");
    expect_no_subject(&g, "SYR");
    expect_no_subject(&g, "TUR");
}

/* "would arm its farmers, attack Sweden and hurt trade": a verb of a list
 * separated by commas is done by the subject of the first, not by the
 * object before it, and shares its modal. */
static void verb_lists_separated_by_commas(void **state)
{
    got g;
    run(state, "Erdogan said the bill would anger Syrian farmers, condemn "
               "Sweden and hurt trade.",
        &g);
    expect_no_subject(&g, "SYR_AGR");
    run(state, "Syria would arm its farmers, attack Sweden and hurt trade.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "SWE", "190");
    assert_string_equal(g.modality[0], "hypothetical");
}

/* "sent jets to Syria's northern Aleppo region to help attack": the
 * purpose of a sending is the sender's, past a possessor of the place
 * and a plain noun after it. */
static void purpose_after_a_possessed_region(void **state)
{
    got g;
    run(state, "Turkey sent jets to Syria's northern Aleppo region to help "
               "attack Russian troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "RUS", "190");
    run(state, "Turkey sent jets to the Aleppo region to help attack Russian "
               "troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "RUS", "190");
}

/* "killed or wounded 1,500 soldiers": two verbs joined by "or" or "and"
 * share the object after the second; the first verb's entry reads it
 * when the second has none.  The killed and wounded counted together are
 * a battle's casualties, no mass killing (202). */
static void two_verbs_share_one_object(void **state)
{
    got g;
    run(state, "Syrian troops killed or wounded 300 Turkish soldiers on "
               "Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, "190");
    run(state, "Syrian troops killed and wounded more than 4,000 Turkish "
               "civilians near the border.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, "190");
    /* (a second verb with an entry of its own keeps its own event) */
    run(state, "Syrian troops attacked and killed 30 Turkish soldiers.",
        &g);
    assert_int_equal(g.n, 1);
    /* (a participle after "and" before "by" is no second verb) */
    run(state, "Syrian troops killed and wounded by Turkish shells were "
               "buried.",
        &g);
    expect_no_code(&g, "190");
}

/* "smashed four Syrian brigades, killed 300 Syrian soldiers": a past
 * form after the comma that ends the object of a past verb, with an
 * object of its own, continues the list of that verb's subject; an -ed
 * adjective after an article is no such verb, and a participle before
 * "in" opens a reduced clause. */
static void listed_past_verbs_after_an_object(void **state)
{
    got g;
    run(state, "Turkish forces smashed four Syrian brigades, killed 300 "
               "Syrian soldiers and seized the town.",
        &g);
    expect_no_subject(&g, "SYR");
    expect_no_subject(&g, "SYR_MIL");
    run(state, "Erdogan, touring a camp for people from the troubled Syrian "
               "region, urged Sweden to help.",
        &g);
    expect_no_subject(&g, "SYR");
}

/* "battled al Qaeda fighters in an ongoing operation to rout
 * terrorists": the purpose of a campaign ("in an operation to", "in an
 * effort to") is the clause subject's, not the object's before it. */
static void campaign_purpose_is_the_subjects(void **state)
{
    got g;
    run(state, "Turkish troops battled Syrian rebels in an ongoing "
               "operation to fight extremists.",
        &g);
    assert_true(g.n >= 1);
    expect_no_subject(&g, "SYR_REB");
    expect_no_subject(&g, "SYR");
}

/* "arresting a leader and killing two militants": a second -ing of harm
 * after "and", when the first follows a comma, is the verb the first is
 * (ex_harm_participle), done by the first one's actor. */
static void second_participle_of_harm(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey dealt a blow to Syria on Monday, attacking Syrian "
               "insurgents in Damascus and killing two Syrian rebels.",
        &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "kill") != 0; k++)
        ;
    assert_true(k < g.n);
    expect_rel(&g, k, "TUR", "kill", "SYR_REB", "190");
}

/* The index of the first relation of g of type (NULL: any) and CAMEO
 * code (NULL: any); fails the test when there is none. */
static size_t rel_index(const got *g, const char *type, const char *cameo)
{
    size_t k;
    for (k = 0; k < g->n; k++)
        if ((!type || !strcmp(g->type[k], type)) &&
            (!cameo || !strcmp(g->cameo[k], cameo)))
            return k;
    fail_msg("no relation %s %s", type ? type : "*", cameo ? cameo : "*");
    return 0;
}

/* "The emir will hold talks with the chancellor and meet business
 * leaders": a bare verb joined by "and" to a verb after "will" shares
 * the future: a meeting or visit not held yet (intended, 036); a past
 * verb after the "and" is told as done. */
static void verb_after_and_shares_will(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden will hold talks with Russian officials on energy "
               "and visit Turkey.", &g);
    k = rel_index(&g, "visit", NULL);
    expect_rel(&g, k, "SWE", "visit", "TUR", "036");
    assert_string_equal(g.modality[k], "intended");
    run(state, "Sweden said it will study the plan and visited Turkey "
               "on Friday.", &g);
    k = rel_index(&g, "visit", NULL);
    expect_rel(&g, k, "SWE", "visit", "TUR", "042");
}

/* "ran little risk of sparking a clash with Iran", "spoke of the
 * possibility of resuming loans to Poland": an act after a noun of chance
 * and "of" with a gerund is only thought possible: no event. */
static void act_after_possibility_of_is_supposed(void **state)
{
    got g;
    size_t k;
    run(state, "Russia spoke of the possibility of sending aid to Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(strncmp(g.cameo[k], "07", 2) != 0 ||
                    strcmp(g.modality[k], "hypothetical") == 0);
    run(state, "The patrols run little risk of sparking a military clash "
               "with Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(strncmp(g.cameo[k], "19", 2) != 0 ||
                    strcmp(g.modality[k], "hypothetical") == 0);
    run(state, "Russia sent aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "asserted");
}

/* "the minister, who flies to Washington this weekend for talks": a
 * visit told in the present with "this weekend", "this evening",
 * "tonight" or "later today" after it is still to come (intended, 036);
 * told in the past it is made (042). */
static void present_visit_later_today_is_announced(void **state)
{
    got g;
    run(state, "Putin, who visits Turkey this weekend for talks, said "
               "the plan was sound.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Putin arrives in Turkey tonight.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "036");
    run(state, "Putin visited Turkey this weekend.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
}

/* "Blair said Labour would publish its plans and attacked the Tory
 * proposals": a past verb after "and" or "but", after a clause a speech
 * verb tells in another tense, is the speaker's act; one in the same
 * tense ("said Labour attacked") stays the clause subject's. */
static void past_after_said_clause_is_the_speakers(void **state)
{
    got g;
    size_t k;
    run(state, "Erdogan said Sweden would build a new border wall and "
               "condemned Syria.", &g);
    k = rel_index(&g, NULL, "111");
    expect_rel(&g, k, "person_recep_tayyip_erdogan", NULL, "SYR", "111");
    run(state, "Erdogan said Sweden condemned Syria.", &g);
    k = rel_index(&g, NULL, "111");
    expect_rel(&g, k, "SWE", NULL, "SYR", "111");
}

/* "His talks with Japanese officials would also include fraud": a
 * meeting's noun that is the subject of "will", "would" or "is likely
 * to" is not held yet (intended, 036); of "could", only supposed; a
 * relative "that would" after it is another clause's. */
static void meeting_noun_before_a_modal_is_to_come(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden's meeting with Turkey would also cover trade.", &g);
    k = rel_index(&g, NULL, "036");
    expect_rel(&g, k, "SWE", NULL, "TUR", "036");
    run(state, "Sweden's negotiations with Turkey are likely to be "
               "tough.", &g);
    k = rel_index(&g, NULL, "036");
    expect_rel(&g, k, "SWE", NULL, "TUR", "036");
    run(state, "Sweden's meeting with Turkey could follow the vote.", &g);
    for (k = 0; k < g.n; k++)
        assert_true(strcmp(g.cameo[k], "040") != 0 ||
                    strcmp(g.modality[k], "hypothetical") == 0);
    run(state, "Sweden had a meeting with Turkey that would lead to a "
               "deal.", &g);
    k = rel_index(&g, NULL, "040");
    expect_rel(&g, k, "SWE", NULL, "TUR", "040");
}

/* "Moscow agreed to discuss Kampuchea in its talks with Peking": "its"
 * after "in" before a noun of talks is the clause subject's, not the
 * country the talks are about. */
static void its_talks_are_the_clause_subjects(void **state)
{
    got g;
    size_t k;
    run(state, "Russia raised Syria in its negotiations with Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "SYR") &&
                     !strcmp(g.cameo[k], "046"));
    assert_true(has_pair(&g, "RUS", "TUR"));
}

/* "Raimond, due here tomorrow for his first official visit", "is
 * expected in Ankara on Friday for talks", "is due to meet the president
 * before holding talks with": a visit or meeting so scheduled is not held
 * yet (036); "a rise is expected as a result of his visit" and "met the
 * president before talking with" are. */
static void due_here_for_a_visit_is_announced(void **state)
{
    got g;
    size_t k;
    run(state, "Putin, due here tomorrow for his first visit to Turkey, "
               "said the plan was sound.", &g);
    k = rel_index(&g, "visit", NULL);
    expect_rel(&g, k, "person_vladimir_putin", "visit", "TUR", "036");
    run(state, "Trade is expected as a result of Putin's visit to Turkey.",
        &g);
    k = rel_index(&g, "visit", NULL);
    expect_rel(&g, k, NULL, "visit", "TUR", "042");
    run(state, "Sweden is due to consult Russia on its energy policy "
               "before talking with Turkey.", &g);
    for (k = 0; k < g.n && strcmp(g.obj[k], "TUR") != 0; k++)
        ;
    expect_rel(&g, k, "SWE", NULL, "TUR", "036");
    run(state, "Sweden was due to consult Russia on its energy policy "
               "today, before talking with Turkey.", &g);
    for (k = 0; k < g.n && strcmp(g.obj[k], "TUR") != 0; k++)
        ;
    expect_rel(&g, k, "SWE", NULL, "TUR", "036");
    run(state, "Sweden consulted Russia before talking with Turkey.", &g);
    for (k = 0; k < g.n && strcmp(g.obj[k], "TUR") != 0; k++)
        ;
    expect_rel(&g, k, "SWE", NULL, "TUR", "040");
}

/* A bare trigger word right after one state's name (or a metonym's, a
 * person's), with a preposition after it, is the noun the name modifies
 * (ex_name_modifier): "officials
 * said U.S. pressure on Russia had eased" is the United States' pressure
 * (170) and "a U.S. visit to Sweden" its visit (042); two names joined
 * by "and" share a plural verb and are left to it, and so is a verb
 * with its -s. */
/* "On the eve of a NATO visit to Warsaw": a visit or meeting noun that
 * "on the eve of", "ahead of" or "prior to" dates a time before is still
 * to come (036), not a visit made (042). */
static void visit_noun_ahead_is_to_come(void **state)
{
    got g;
    size_t k;
    run(state, "On the eve of a NATO visit to Warsaw, ministers are divided "
               "over the budget.", &g);
    assert_int_equal(rel_with_code(&g, "042"), g.n);
    assert_true((k = rel_with_code(&g, "036")) < g.n);
    expect_rel(&g, k, "NATO", "visit", "x_warsaw", "036");
    run(state, "Prior to the NATO visit to Warsaw, ministers argued.", &g);
    assert_int_equal(rel_with_code(&g, "042"), g.n);
    assert_true(rel_with_code(&g, "036") < g.n);
    /* no such time before it: the visit is told as made */
    run(state, "A NATO visit to Warsaw ended on Friday.", &g);
    assert_true(rel_with_code(&g, "042") < g.n);
}

/* "Sweden is to give money to Chile": aid its giver "is to" give, the
 * giver named right before "is", is a plan announced (ex_planned_aid):
 * an intent, 0331 for 071; a plain "will" stays the act, as PETRARCH's
 * validation codes it. */
static void aid_a_state_is_to_give_is_planned(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden is to give money to Chile.", &g);
    assert_int_equal(rel_with_code(&g, "071"), g.n);
    assert_true((k = rel_with_code(&g, "0331")) < g.n);
    expect_rel(&g, k, "SWE", "aid_economic", "CHL", "0331");
    run(state, "The Swedes are to give money to Chile.", &g);
    assert_true(rel_with_code(&g, "0331") < g.n);
    /* a plain future and a past stay the act */
    run(state, "Sweden will give money to Chile.", &g);
    assert_true(rel_with_code(&g, "071") < g.n);
    run(state, "Sweden gave money to Chile.", &g);
    assert_true(rel_with_code(&g, "071") < g.n);
}

/* "Sweden retaliated against Chile for violating a trade accord": a
 * bare "retaliate against" (190) in a sentence of trade with no word of
 * force is a sanction (163, ex_trade_retaliation); a retaliation for a
 * missile attack, or told with nothing of trade, stays 190. */
static void trade_retaliation_is_a_sanction(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden retaliated against Chile for violating a trade "
               "accord.", &g);
    assert_int_equal(rel_with_code(&g, "190"), g.n);
    assert_true((k = rel_with_code(&g, "163")) < g.n);
    expect_rel(&g, k, "SWE", "sanction", "CHL", "163");
    run(state, "Sweden retaliated against Chile for the missile attack on "
               "its tanker.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
    run(state, "Sweden retaliated against Chile.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
}

/* "Critics cited a 1985 Swedish loan to Chile" in a story of 1987: an
 * act named only by its noun and dated a year or more before the story
 * is history named in passing, no event (ex_noun_of_past_year); a date
 * of the story's weeks, or a story with no date, keeps the event. */
static void noun_of_a_past_year_is_history(void **state)
{
    got g;
    run_dated(state, "Critics cited a 1985 Swedish loan to Chile.",
              "1987-04-02", &g);
    assert_int_equal(rel_with_code(&g, "071"), g.n);
    run_dated(state, "Critics recalled the meeting between Sweden and "
                     "Russia in November 1985.",
              "1987-04-02", &g);
    assert_int_equal(rel_with_code(&g, "040"), g.n);
    run_dated(state, "Critics recalled the meeting between Sweden and "
                     "Russia in March 1987.",
              "1987-04-02", &g);
    assert_true(rel_with_code(&g, "040") < g.n);
    run_dated(state, "Critics cited a 1985 Swedish loan to Chile.", NULL,
              &g);
    assert_true(rel_with_code(&g, "071") < g.n);
    /* (a date after a participle dates another thing) */
    run_dated(state, "Critics recalled the meeting between Sweden and "
                     "Russia on a pact signed in November 1985.",
              "1987-04-02", &g);
    assert_true(rel_with_code(&g, "040") < g.n);
}

/* "Sweden has given money to Chile since 1975" in a story of 1987: an
 * act told as a habit or a sum over years ("since" a date two years
 * before, "regularly", "has long", "in the past" after a perfect) is no
 * event (ex_habitual_act); an act dated once, "in the past week",
 * "had long since" and a habit of a relative clause after the act
 * ("attacked ships that regularly sail") keep theirs. */
static void habitual_act_is_no_event(void **state)
{
    static const char *const habit[] = {
        "Sweden has given money to Chile since 1975.",
        "Sweden regularly gives money to Chile.",
        "Sweden has long given money to Chile.",
        "Sweden has given money to Chile in the past.",
        "Sweden gives money to Chile from time to time.", NULL};
    static const char *const once[] = {
        "Sweden gave money to Chile in 1975.",
        "Sweden gave money to Chile in the past week.",
        "Sweden had long since given money to Chile.",
        "Sweden has given money to Chile since March.",
        "Sweden attacked Chilean ships that regularly sail past its "
        "islands.", NULL};
    got g;
    size_t k;
    for (k = 0; habit[k]; k++) {
        run_dated(state, habit[k], "1987-04-02", &g);
        assert_int_equal(rel_with_code(&g, "071"), g.n);
    }
    for (k = 0; once[k]; k++) {
        run_dated(state, once[k], "1987-04-02", &g);
        assert_true(rel_with_code(&g, "071") < g.n ||
                    rel_with_code(&g, "190") < g.n);
    }
}

/* "Sweden retaliated for the alleged Chilean attack on its embassy": a
 * participle in -ed after an article, a possessive or a preposition of
 * topic modifies its noun (ex_participle_modifier): no accusation by
 * the sentence's subject; "Sweden alleged Chile attacked" is one. */
static void participle_before_noun_is_no_verb(void **state)
{
    got g;
    run(state, "Sweden retaliated for the alleged Chilean attack on its "
               "embassy.",
        &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    run(state, "Sweden protested against the alleged Chilean attack.", &g);
    assert_int_equal(rel_with_code(&g, "112"), g.n);
    assert_true(rel_with_code(&g, "141") < g.n);
    run(state, "Sweden alleged Chile attacked its embassy.", &g);
    assert_true(rel_with_code(&g, "112") < g.n);
}

/* "Sweden plays a key role in helping Chile", "has a role to play in
 * helping Chile": an act after "role in" that a present "plays" or "a
 * role to play" gives is a standing capacity, no act done (ex_role_in);
 * "played a key role in helping" did help. */
static void role_in_an_act_is_a_capacity(void **state)
{
    got g;
    run(state, "Sweden plays a key role in helping Chile.", &g);
    assert_int_equal(rel_with_code(&g, "070"), g.n);
    run(state, "Sweden has a role to play in helping Chile.", &g);
    assert_int_equal(rel_with_code(&g, "070"), g.n);
    run(state, "Sweden played a key role in helping Chile.", &g);
    assert_true(rel_with_code(&g, "070") < g.n);
}

/* "The Swedish visit to Chile at this time will be the most important":
 * a meeting noun's time phrase, "here" or "by" and its agent may stand
 * between its party and the "will" whose subject the noun is
 * (ex_past_noun_tail): a visit to come (036); with "was" it was made. */
static void visit_noun_with_a_tail_before_will(void **state)
{
    got g;
    run(state, "The Swedish visit to Chile at this time will be the most "
               "important of all.",
        &g);
    assert_int_equal(rel_with_code(&g, "042"), g.n);
    assert_true(rel_with_code(&g, "036") < g.n);
    run(state, "The Swedish visit to Chile at this time was the most "
               "important of all.",
        &g);
    assert_true(rel_with_code(&g, "042") < g.n);
}

static void name_modifies_noun_before_preposition(void **state)
{
    got g;
    size_t k;
    run(state, "Officials said U.S. pressure on Russia had eased.", &g);
    assert_true((k = rel_with_code(&g, "170")) < g.n);
    expect_rel(&g, k, "USA", "coerce", "RUS", "170");
    run(state, "Officials said U.S. visit to Sweden had ended.", &g);
    assert_true((k = rel_with_code(&g, "042")) < g.n);
    expect_rel(&g, k, "USA", "visit", "SWE", "042");
    /* a metonym's too ("Kremlin pressure"); not a common noun's, whose
     * state is only guessed ("government pressure on Sweden") */
    run(state, "Officials said Kremlin pressure on Sweden had eased.", &g);
    assert_true((k = rel_with_code(&g, "170")) < g.n);
    expect_rel(&g, k, "RUS", "coerce", "SWE", "170");
    run(state, "Russia said government pressure on Sweden had eased.", &g);
    assert_int_equal(rel_with_code(&g, "170"), g.n);
    /* the verb with its -s stays a verb */
    run(state, "Russia visits Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "visit", "SWE", "042");
}

/* "The Democrats urged ministers to act": bare "ministers" after a verb
 * in the past is the state's government; "the group of ministers" and
 * "foreign ministers" are no such mention. */
static void bare_ministers_after_a_past_verb(void **state)
{
    mentions m;
    const char *code;
    find_mentions(state, "The Democrats urged ministers to act.",
                  "2023-05-12", &m);
    assert_non_null(code = code_in(&m, "ministers"));
    assert_string_equal(code, "USAGOV");
    find_mentions(state, "The Democrats met the group of ministers.",
                  "2023-05-12", &m);
    assert_null(code_in(&m, "ministers"));
    find_mentions(state, "The Democrats hosted foreign ministers.",
                  "2023-05-12", &m);
    assert_null(code_in(&m, "ministers"));
}

/* The US Congress has no members of parliament: a story about the
 * United States that names MPs gives them the one other state whose
 * party it names, else no state. */
static void members_of_parliament_are_not_the_us(void **state)
{
    mentions m;
    const char *code;
    find_mentions(state,
                  "The United States backed the bid. The United States "
                  "criticised the bid. The British Labour Party opposed "
                  "the bid. MPs opposed the bid.",
                  "2023-05-12", &m);
    assert_non_null(code = code_in(&m, "MPs"));
    assert_string_equal(code, "GBRLEG");
    find_mentions(state,
                  "The United States backed the bid. The United States "
                  "criticised the bid. MPs opposed the bid.",
                  "2023-05-12", &m);
    code = code_in(&m, "MPs");
    assert_true(!code || strcmp(code, "USALEG") != 0);
}

/* "The Tories attacked ... the prime minister's claims about Iraq's
 * weapons ... The Greens accused the government of lying over the Iraq
 * war": a story whose parties are one state's, named more than twice as
 * often as the country it names most (a topic abroad), is that state's
 * story: its "the government" is that state's, not the topic's; with
 * few parties the country named most keeps it. */
static void parties_outweigh_a_topic_abroad(void **state)
{
    got g;
    size_t k;
    /* (the last sentence names no party of its own: a party in it
     * would give "the government" its state by itself,
     * ex_sentence_organ_state) */
    run(state, "The Democrats spoke about Syria on Monday. The Democrats "
               "held a rally. The Democrats met voters. The Democrats praised "
               "Syria. The Democrats met donors. Syria accused the "
               "government of lying over the war.",
        &g);
    for (k = 0; k < g.n; k++)
        if (strstr(g.json[k], "\"accuse"))
            break;
    assert_true(k < g.n);
    assert_non_null(strstr(g.json[k], "\"code\":\"USAGOV\""));
    run(state, "The Democrats spoke about Syria on Monday. The Democrats "
               "praised Syria. Syria accused the government of lying "
               "over the war.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"USAGOV\""));
}

/* A story that names no country but one state's parties and chambers
 * happens there: "the government", "the prime minister" and "the
 * opposition" are that state's; not when it names parts of two states,
 * nor a government placed elsewhere, nor "the Prime Minister, Ali
 * Veli" (his name says who). */
static void parties_give_the_story_its_state(void **state)
{
    got g;
    size_t k;
    run(state, "The Democrats accused the government of hiding the report.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "US_DEMOCRATIC_PARTY", "accuse", NULL, "112");
    assert_non_null(strstr(g.json[0], "\"code\":\"USAGOV\""));
    run(state, "The Democrats met the prime minister on Monday.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"USAGOV\""));
    run(state, "The Democrats met the opposition on Monday.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"USAOPP\""));
    run(state, "The Democrats met the Prime Minister, Ali Veli, on Monday.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"USAGOV\""));
    /* (parts of two states: whose government is not clear) */
    run(state, "The Democrats and the British Labour Party accused the "
               "government of hiding the report.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"USAGOV\""));
    /* (a government placed elsewhere keeps its place) */
    run(state, "The Democrats accused the government of Sweden of lying.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"USAGOV\""));
}

/* "Rebel soldiers attacked army positions": an armed group's noun in the
 * singular before a noun of forces is one group, the rebels (REB), not a
 * rebel and the state's soldiers (whose attack on the army would be the
 * army's on itself). */
static void rebel_soldiers_are_one_group(void **state)
{
    got g;
    run(state, "Rebel soldiers attacked the Syrian army on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", NULL, "190");
    assert_string_equal(g.code[0], "---REB");
    run(state, "A rebel army attacked the Syrian army on Friday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "---REB");
}

/* "Turkey's parliament accused the government of lying": in a story that
 * names no other state, a state's organ named through it ("Turkey's
 * parliament", a group mention) gives a bare "government" its country, as
 * a party or a chamber of its own name does; not when another state is
 * named too. */
static void named_organ_gives_the_government_its_state(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey's parliament accused the government of lying.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "TUR", "112");
    run(state, "Turkey's parliament and Syrian officials accused the "
               "government of lying.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"TURGOV\""));
}

/* "MOSCOW (Reuters) - Turkey's parliament accused the government of
 * lying": a sentence that names one state's chamber, court, party or
 * opposition and no other country past the dateline sets its bare
 * "government" in that state, not in the dateline's. */
static void sentence_organ_sets_the_government(void **state)
{
    got g;
    size_t k;
    run(state, "MOSCOW (Reuters) - Turkey's parliament accused the "
               "government of lying.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "TURLEG");
    /* (another country in the sentence: whose government is not clear) */
    run(state, "MOSCOW (Reuters) - Syria and Turkey's parliament accused "
               "the government of lying.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"TURGOV\""));
}

/* "Zorg Motors raised its prices. The firm also accused Turkey of
 * dumping": "the" and a singular noun of business is the firm named last
 * (SWEBUS), not a firm of the story's country. */
static void the_firm_is_the_firm_named_last(void **state)
{
    got g;
    run(state, "Zorg Motors raised its prices on Monday. The firm also "
               "accused Turkey of dumping steel.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ZORG_MOTORS", "accuse", "TUR", "112");
}

/* "The firm also accused Zorg Motors": a firm named later in the
 * sentence is the other party, not "the firm" (which stays a firm of no
 * name, so that the accusation is not lost as one of Zorg Motors against
 * itself); "the firm's losses" may still be its own. (fix22b) */
static void the_firm_is_not_the_firm_it_names(void **state)
{
    got g;
    size_t k;
    int found;
    run(state, "Turkey praised Zorg Motors on Monday. The firm also "
               "accused Zorg Motors of dumping steel.",
        &g);
    for (k = 0, found = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "accuse"))
            found = !strcmp(g.obj[k], "ZORG_MOTORS") &&
                    strcmp(g.subj[k], "ZORG_MOTORS") != 0;
    assert_true(found);
}

/* "Karsa Bank lent ... Commercial banks were cautious. The bank also
 * praised Syria": "the bank" is the bank named last in the story, not
 * the unnamed "banks" remembered after it. (fix22b) */
static void the_bank_is_the_bank_named(void **state)
{
    got g;
    run(state, "Karsa Bank lent 50 million dollars to Syria on Monday. "
               "Commercial banks in Turkey were more cautious. The bank "
               "also praised Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "KARSA_BANK", "praise", "SYR", "051");
}

/* "Syria met the cleric Ahmet Yildiz": a group noun in the
 * singular right before a person kg knows is his role, no actor of its
 * own (an unnamed "cleric" the relation could take); not a verb after
 * "to" ("urged Sweden to force Erdogan to resign"). */
static void role_noun_before_a_known_person(void **state)
{
    got g;
    size_t k;
    run(state, "Syria met the cleric Ahmet Yildiz on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "meet", "person_ahmet_yildiz", "040");
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "unnamed cleric"));
}

/* "oppose the Iraq war": a war named after a place is no party; "the
 * American war against drugs" is America's. */
static void wars_named_after_places(void **state)
{
    got g;
    run(state, "Sweden rejected the Syria war.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden rejected the Russian war.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "RUS", "120");
}

/* "Insurgents and US forces clashed Thursday near Fallujah", "met this
 * week in New York": the time of a mutual act and a place after it are
 * no object; the coordinated subjects act on each other. */
static void mutual_acts_with_time_and_place(void **state)
{
    got g;
    run(state, "Russia and Sweden met this week in Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "meet", NULL, "040");
    run(state, "Russia and Sweden met briefly Thursday near the border.", &g);
    assert_int_equal(g.n, 2);
    /* ("next week", "tomorrow": the time too) */
    run(state, "Russia and Sweden will meet next week.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "meet", NULL, "036");
    run(state, "Russia and Sweden will meet tomorrow.", &g);
    assert_int_equal(g.n, 2);
    /* a noun phrase after the verb is what they act on */
    run(state, "Russia and Sweden met this week the envoys.", &g);
    assert_int_equal(g.n, 0);
}

/* "Powell urged China to resume talks and pressed Beijing to accept": an
 * appeal after "and" is made by the clause's subject, not by the actor
 * nearest before it. */
static void appeals_after_and_share_the_clause_subject(void **state)
{
    got g;
    run(state, "Russia wrote a letter to Syria and urged Turkey to attack "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "urge", "TUR", NULL);
}

/* "Opposition parties in Bangladesh demanded that the government lift
 * the ban": the government asked to act, with no country named for it,
 * is that of the one country whose domestic groups ask; not when a
 * foreign state asks, and not a government outside the request (the
 * protest rules read "a dispute with the government" from the word). */
static void asked_government_is_the_askers_own(void **state)
{
    got g;
    run(state, "The opposition in Syria demanded that the government lift "
               "the curfew.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_OPP", "demand", "SYR", "1051");
    assert_non_null(strstr(g.json[0], "\"SYRGOV\""));
    run(state, "Protesters in Turkey urged the government to step down.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "urge", "TUR", "0241");
    assert_non_null(strstr(g.json[0], "\"TURGOV\""));
    run(state, "Turkish protesters called on the government to step down.",
        &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"TURGOV\""));
    run(state, "Russia urged the government to step down.", &g);
    assert_int_equal(g.n, 0);
    /* the asker's own country before the article's (the U.S. named
     * most), and the nearest asker's when the sentence names two */
    run(state, "The U.S. wants a deal. The U.S. is Turkey's biggest "
               "supplier. To calm trade relations with the U.S., Turkish "
               "protesters urged the government to remove "
               "import curbs.",
        &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"TURGOV\""));
}

/* "Zimbabwe's Mugabe bowed to pressure from the army": "the" army,
 * police, opposition with no country named for it belongs to the one
 * country the sentence's earlier actors belong to; none after actors of
 * two countries, and none for a bare plural the actor sends ("troops"). */
static void the_group_of_the_sentences_one_country(void **state)
{
    got g;
    run(state, "Syria's president accused the army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "SYR_MIL", "112");
    run(state, "The Turkish government accused the opposition.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "TUR_OPP", "112");
    run(state, "Russia and Syria accused the army.", &g);
    assert_true(g.n == 0 || strcmp(g.obj[0], "UNK_MIL") == 0);
}

/* "Bombs in Baghdad killed", "quakes to hit Japan killed", "after air
 * and tank attacks killed": an event is the subject and no actor acted;
 * an actor that modifies the event is its agent ("Israeli air strikes"). */
static void events_as_subjects(void **state)
{
    got g;
    run(state, "Blasts in Syria destroyed a Turkish convoy.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia attacked Syria after air and tank attacks destroyed a "
               "Turkish convoy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", NULL);
    run(state, "Russian air strikes destroyed a Turkish convoy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "destroy", "TUR", "1712");
}

/* "Russia and Syria urged Turkey to attack": each coordinated asker
 * makes the appeal, as each coordinated subject of "condemned" does. */
static void appeals_by_coordinated_askers(void **state)
{
    got g;
    run(state, "Russia and Syria urged Turkey to attack Sweden.", &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 0, "SYR", "urge", "TUR", NULL);
    expect_rel(&g, 1, "RUS", "urge", "TUR", NULL);
    assert_string_equal(g.cameo[2], "");
}

/* "pledged $2 billion in aid to Syria": a sum after the verb is one word
 * to the entry's '*' ("pledge * aid"); with no actor it goes to, the sum
 * stays the object, as with the bare verb. */
static void sums_inside_patterns(void **state)
{
    got g;
    run(state, "Russia pledged $2 billion in aid to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "SYR", "033");
    run(state, "Russia pledged $2 billion in aid for flood victims.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "pledge", "money_USD_2000000000", "");
}

/* "refused to meet", "declined to meet", "ruled out meeting": refused
 * cooperation is a rejection (125 for a meeting); "failed to meet" is only
 * not done. */
static void refused_and_failed_acts(void **state)
{
    got g;
    run(state, "Syria refused to meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "125");
    assert_false(g.negated[0]);
    run(state, "Syria has declined to meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "125");
    run(state, "Syria failed to meet Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "meet", "TUR", "040");
    assert_true(g.negated[0]);
    /* "ruled out meeting": a refusal before a gerund */
    run(state, "Syria ruled out meeting Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "TUR", "125");
    assert_false(g.negated[0]);
    /* "stopped attacking": an act ended is not done; one the subject
     * says it will end is refused; one only demanded ("must stop") is
     * not coded as done either (ex_ended_act) */
    run(state, "Russia stopped attacking Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", NULL);
    assert_true(g.negated[0]);
    run(state, "Russia said it would stop supplying weapons to Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "SWE", "1222");
    run(state, "Russia must stop attacking Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_true(g.negated[0]);
}

/* "Turkey is considering signing a ceasefire with Syria": a weighed
 * gerund whose object is an event noun is the option considered (014),
 * aimed at the noun's party, as "considering attacking Sweden" is. */
static void weighed_gerund_of_an_event_noun(void **state)
{
    got g;
    run(state, "Turkey is considering signing a ceasefire with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "SYR", "014");
    run(state, "Turkey is weighing reopening peace talks with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "SYR", "014");
}

/* A headline's "Bangladesh to send peacekeepers to Congo, army says":
 * the actor that opens the sentence, "to" and the act announce the act,
 * as "said it would" does: intended and a commitment (03 for
 * cooperation).  Not an actor inside the sentence ("talks with Syria to
 * end the war"). */
static void headline_infinitive_announces_intent(void **state)
{
    got g;
    run(state, "Turkey to hold talks with Syria, minister says", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "negotiate", "SYR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey held talks with Syria to end the war.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "negotiate", "SYR", "046");
    assert_string_equal(g.modality[0], "asserted");
}

/* A promise of reform (034x) is made at home: "Thailand's junta pledged
 * to hold elections" (a reform done, 083x, only promised) is the junta's
 * to its own country, and so is one made to protesters or civilians with
 * no country said, by the army too (as a threat to crowds is). */
static void promised_reform_by_the_army_is_made_at_home(void **state)
{
    got g;
    run(state, "The Turkish army promised protesters that it would step down.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "TUR_MIL", "yield", "TUR_CVL", "0341");
    assert_string_equal(g.modality[g.n - 1], "intended");
    run(state, "The Turkish junta pledged on Monday to hold elections.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "yield", "TUR", "0344");
    run(state, "Turkey held elections on Sunday.", &g);
    assert_int_equal(g.n, 0);
}

/* Wire copy's "is weighing whether to reopen peace talks with": the verb
 * after "whether to" stands before the event noun (read as a noun, or as
 * the verb "talks"), which is the weighed option, 014. */
static void weighed_whether_to_before_an_event_noun(void **state)
{
    got g;
    run(state,
        "Turkey is weighing whether to reopen peace talks with Syria, a "
        "presidential spokesman said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "SYR", "014");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Russia was debating whether to reopen talks with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "consider_option", "TUR", "014");
}

/* "rumours that the US had attacked", "suggestions that it consider
 * helping", "is considering attacking": acts only rumoured, suggested
 * or weighed are kept without an event code. */
static void rumoured_and_suggested_acts(void **state)
{
    got g;
    run(state, "Markets fell on rumours that Russia had attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "");
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Syria rejected suggestions that it consider helping Turkey.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "SYR", "aid", "TUR", "");
    /* (an act the subject weighs is no attack but the option CAMEO codes
     * as considered: weighing_whether_to_act_is_014) */
    run(state, "Russia is considering attacking Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "consider_option", "SWE", "014");
    /* the gerund heads a phrase whose noun is the trigger: the option
     * weighed all the same, 014 at the talks' party (was kept uncoded,
     * hypothetical); and weigh and mull weigh as consider does */
    run(state, "Turkey is considering reopening peace talks with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "SYR", "014");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Russia is mulling attacking Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "consider_option", "SWE", "014");
    /* "the chances of", "the possibility of": weighed, not done */
    run(state, "Russia weighed the chances of attacking Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "");
    run(state, "Russia talked about the possibility of helping Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SWE", "");
    /* "little hope of" an act a few words on: held unlikely, no
     * intent (hope alone is one) */
    run(state, "Russia saw little hope of a breakthrough in talks with "
               "Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SWE", "");
    assert_string_equal(g.modality[0], "hypothetical");
    /* a plain "that" clause of speech keeps the act */
    run(state, "Russia said that Syria attacked Turkey.", &g);
    assert_true(g.n >= 1);
    assert_string_equal(g.cameo[g.n - 1], "190");
}

/* Wire copy's deadline ultimatum, "gave Iraq 48 hours to withdraw"
 * (139), with the one given the time as its target; "gave four diplomats
 * ten days to leave" is an expulsion (174). */
static void hours_given_to_comply(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia gave Syria 48 hours to withdraw.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "ultimatum")) {
            expect_rel(&g, k, "RUS", "ultimatum", "SYR", "139");
            found++;
        }
    assert_int_equal(found, 1);
    /* (time given to leave the country is an expulsion, 174) */
    run(state, "Russia gave Syria 48 hours to leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deport", "SYR", "174");
    /* a deadline by date: "gave Damascus until Friday to" (wr10d) */
    run(state, "Russia gave Syria until Friday noon to comply.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "ultimatum", "SYR", "139");
}

/* Wire copy's date after the object ("gave Iraq 48 hours on Tuesday to
 * withdraw") does not break the entry; nor is one read across a date
 * before a word that is no preposition of it. */
static void date_after_the_object(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia gave Syria 48 hours on Tuesday to withdraw.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "ultimatum")) {
            expect_rel(&g, k, "RUS", "ultimatum", "SYR", "139");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Russia gave Syria 48 hours on Tuesday as talks to withdraw "
               "failed.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "ultimatum");
}

/* "Asiana Air", "Hyundai Motors", "Warner Pictures", "Kenya Airways":
 * an unknown two-word name ending in a word that ends firms' names is an
 * organisation, not a person's first and last name (ex_company_heads);
 * "John Smith" stays a person. */
static void company_heads_make_organisations(void **state)
{
    static const char *const firms[] = {
        "Asiana Air accused Syria.", "Hyundai Motors accused Syria.",
        "Warner Pictures accused Syria.", "Kenya Airways accused Syria.",
        "Turkish Airlines accused Syria.", NULL};
    got g;
    size_t k;
    for (k = 0; firms[k]; k++) {
        run(state, firms[k], &g);
        assert_int_equal(g.n, 1);
        expect_rel(&g, 0, NULL, "accuse", "SYR", "112");
        assert_non_null(strstr(g.json[0], "\"type\":\"Organization\""));
        assert_null(strstr(g.json[0], "\"type\":\"Person\""));
    }
    run(state, "John Smith accused Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"type\":\"Person\""));
    /* a demonym before the firm's word is part of its name, not the
     * country: "Turkish Airlines" is no TUR */
    run(state, "Turkish Airlines accused Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "Turkish Airlines"));
    assert_null(strstr(g.json[0], "\"code\":\"TUR"));
}

/* Prisoners of war are their country's soldiers (MIL), prisoners its
 * civilians (CVL); "a swap of prisoners of war between Syria and
 * Turkey" still names the two sides, though the entry "swap of
 * prisoner" ends inside the group noun (ex_between). */
static void prisoners_of_war_are_soldiers(void **state)
{
    got g;
    run(state, "Sweden hosted Syrian prisoners of war.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "host", NULL, "043");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRMIL\""));
    run(state, "Sweden hosted Syrian prisoners.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state,
        "Sweden brokered a swap of prisoners of war between Syria and "
        "Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "exchange", "TUR", "0841");
    expect_rel(&g, 1, "TUR", "exchange", "SYR", "0841");
}

/* "an Oxfam spokesman", "a NATO spokesman": an organisation's spokesman
 * speaks for the organisation, whose code stays its own (no GOV added to
 * an NGO, an IGO or a company); a state's spokesman is its government
 * (ex_office_code). */
static void org_spokesman_keeps_org_code(void **state)
{
    got g;
    run(state, "An Oxfam spokesman accused Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "OXFAM", "accuse", "ISR", "112");
    assert_string_equal(g.code[0], "NGOXFM");
    run(state, "A NATO spokesman accused Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "IGOWSTNAT");
    run(state, "An EU spokesman accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "IGOEUREEC");
    run(state, "Turkey's spokesman accused Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURGOV");
    /* nor is a court's judiciary added twice (was IGOUNOJUDWCTJUD) */
    run(state, "ICTY judges accused Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "IGOUNOJUDWCT");
    run(state, "ICTY prosecutors accused Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "IGOUNOJUDWCT");
    run(state, "Syrian judges accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRJUD");
}

/* "gave Syria 10 days to expel", "was given 48 hours to withdraw", "an
 * ultimatum to Syria to expel": the act a time limit is set for is only
 * demanded (no event code), the ultimatum is the event; "took Syria 10
 * days to" names an act done (ex_deadline_act). */
static void deadline_act_is_demanded(void **state)
{
    static const char *const given[] = {
        "Russia gave Syria 48 hours to expel the Turkish diplomats.",
        "Russia gave Syria until Friday to expel the Turkish diplomats.",
        "Syria was given 48 hours to expel the Turkish diplomats.",
        "Russia issued an ultimatum to Syria to expel the Turkish diplomats.",
        "Russia gave Syria a deadline of May 20 to expel the Turkish "
        "diplomats.",
        NULL};
    got g;
    size_t k, n;
    int acts;
    for (n = 0; given[n]; n++) {
        run(state, given[n], &g);
        acts = 0;
        for (k = 0; k < g.n; k++)
            if (!strcmp(g.subj[k], "SYR")) {
                expect_rel(&g, k, "SYR", "deport", "TUR", "");
                assert_string_equal(g.modality[k], "demanded");
                acts++;
            }
        assert_int_equal(acts, 1);
    }
    /* time taken is no time limit: the expulsion was done */
    run(state, "It took Syria 10 days to expel the Turkish diplomats.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deport", "TUR", "174");
    assert_string_equal(g.modality[0], "asserted");
    /* "has" right before the limit sets it ("Syria has 48 hours to");
     * as the auxiliary of another verb it sets none */
    run(state, "Syria has only 48 hours to expel the Turkish diplomats.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "demanded");
    run(state, "Syria had planned for weeks to expel the Turkish "
               "diplomats.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
}

/* "warned that a curfew would be imposed on Jos": the passive of the
 * future of a verb + noun entry whose noun is the subject, a thing and
 * no actor, is the warner's threat (13) to the actor after the entry's
 * preposition, else to the one warned (ex_warned_passive_things, wr10d). */
static void warned_passive_things(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia warned on Monday that a curfew would be imposed on "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "restrict", "SYR", "1323");
    assert_string_equal(g.modality[0], "threatened");
    /* (beside the warning itself, 130) */
    run(state, "Russia warned Syria that a night curfew could be imposed if "
               "the riots spread.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "restrict")) {
            expect_rel(&g, k, "RUS", "restrict", "SYR", "1323");
            found++;
        }
    assert_int_equal(found, 1);
    /* (the subject's head before its participle: "opposition newspapers
     * inciting unrest would be shut down") */
    run(state, "Russia warned on Monday that a curfew lasting a week would "
               "be imposed on Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "restrict", "SYR", "1323");
    /* (a head in "-ing" is no participle after the head: "the main
     * crossing"; and the head alone when the phrase reads as a shorter
     * entry of its modifier: "the border crossing" is no "close *
     * border", rev12) */
    {
        static const char *const heads[] = {
            "Russia warned Syria on Monday that the main crossing would be "
            "closed.",
            "Russia warned Syria on Monday that the border crossing would be "
            "closed.",
            NULL};
        size_t h;
        for (h = 0; heads[h]; h++) {
            run(state, heads[h], &g);
            found = 0;
            for (k = 0; k < g.n; k++)
                if (!strcmp(g.type[k], "blockade") &&
                    !strcmp(g.obj[k], "SYR"))
                    found++;
            assert_int_equal(found, 1);
        }
    }
    /* (the one warned as "they": "warned independent newspapers on
     * Tuesday that they would be shut down") */
    run(state, "Turkey warned Syrian journalists on Monday that they would "
               "be expelled.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "deport")) {
            expect_rel(&g, k, "TUR", "deport", "SYR_MED", "137");
            found++;
        }
    assert_int_equal(found, 1);
    /* (said, not warned; imposed already) */
    run(state, "Russia said that a curfew would be imposed on Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia warned that a curfew was imposed on Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "warned that British journalists would be expelled": a passive act of
 * the future under a warning has the warner as its agent, a threat to
 * the passive's subject (ex_passive_warner); not one said, not one done
 * ("was attacked"). */
static void passive_threat_under_a_warning(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia warned on Monday that Syria would be attacked.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    assert_string_equal(g.modality[0], "threatened");
    run(state, "Russia warned Turkey that Syrian soldiers would be "
               "attacked.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack")) {
            assert_string_equal(g.subj[k], "RUS");
            assert_string_equal(g.cameo[k], "138");
            found++;
        }
    assert_int_equal(found, 1);
    /* (wire copy's "would be dealt with severely": 170 threatened) */
    run(state, "Russia warned that Syria would be dealt with severely.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "coerce", "SYR", "137");
    run(state, "Russia said that Syria would be attacked.", &g);
    assert_int_equal(g.n, 0);
    /* (said, with a condition: a warning, ex_unless_threat) */
    run(state, "Russia said on Monday that Syria would be attacked if it "
               "fired.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    assert_string_equal(g.modality[0], "threatened");
    run(state, "Russia warned that Syria was attacked.", &g);
    assert_int_equal(g.n, 0);
}

/* "Hong Kong leader Carrie Lam called on demonstrators to go home": a
 * crowd of no named country that a state appeals to or makes demands of
 * is its own people; a crowd another acts on keeps no country. */
static void home_crowd_asked(void **state)
{
    got g;
    run(state, "Turkey urged protesters to go home.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "urge", "TUR_CVL", "020");
}

/* A hunger strike that names no one is aimed at the state that holds
 * the striker, named "in" a jail after the trigger too (ex_jailer), else
 * at the striker's own state, even when its purpose clause names an
 * uncoded person. */
static void hunger_strike_with_no_party(void **state)
{
    got g;
    run(state, "Syrian detainees went on hunger strike for weeks in a "
               "Turkish jail.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "142");
    run(state, "Syrian inmates went on hunger strike to demand an end to "
               "the isolation of Abdullah Ocalan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "142");
    /* (the protesters' own group in the aim is no target) */
    run(state, "Syrian inmates went on hunger strike on Monday demanding "
               "equal rights with Syrian inmates.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "SYR", "1423");
}

/* "could bring home its contingent if the Security Council does not send
 * more money": a negated "if" holds the act over another's as "unless"
 * does, a threat (ex_negative_if); a plain "if" keeps the plan. */
static void negated_if_is_unless(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia said it would withdraw its soldiers from Syria if "
               "Turkey did not pay.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "deescalate")) {
            expect_rel(&g, k, "RUS", "deescalate", "SYR", "136");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Russia said it would withdraw its soldiers from Syria if "
               "Turkey paid.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "deescalate"))
            assert_string_not_equal(g.modality[k], "threatened");
}

/* "threatened to retaliate if Tokyo ...": an act the lexicon does not
 * code, with no actor of its own, held over another's act is a plain
 * threat (130) at the actor that opens the condition (ex_threat_to,
 * ex_condition_word); one that names an actor of its own is left alone. */
static void uncoded_threat_over_a_condition(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkey has threatened to retaliate if Syria does not "
               "close the camps on the border.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "130")) {
            expect_rel(&g, k, "TUR", "threaten", "SYR", "130");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Syria threatened to reconsider everything unless Turkey "
               "pulled back.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "130")) {
            expect_rel(&g, k, "SYR", "threaten", "TUR", "130");
            found++;
        }
    assert_int_equal(found, 1);
    /* (the act's own possessor is no party, nor the condition's) */
    run(state, "Syria has threatened to copy Turkey's debt moratorium if "
               "Russia does not agree.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "130");
}

/* "threatened to kill Kenji Sato unless Paris withdrew": a threat whose
 * only victim has no code (a hostage named) is aimed at the actor that
 * opens its condition, as when no victim is named; a coded victim stays
 * the target. */
static void uncoded_victim_of_a_condition(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Rebels threatened to kill Kenji Sato within three days "
               "unless France withdrew its soldiers from Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strncmp(g.cameo[k], "13", 2)) {
            assert_string_equal(g.obj[k], "FRA");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Rebels threatened to kill a Turkish driver unless France "
               "withdrew its soldiers from Syria.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strncmp(g.cameo[k], "13", 2)) {
            assert_true(!strncmp(g.obj[k], "TUR", 3));
            found++;
        }
    assert_int_equal(found, 1);
}

/* "Israel insisted on Friday that it would attack the militants unless":
 * a word of insisting before the pronoun and "would" announces the
 * subject's own act as "said it would" does (ex_promise_clause), here a
 * threat; "insisted the ban was illegal" announces nothing. */
static void insisted_it_would(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Israel insisted on Friday that it would attack the "
               "militants in Syria unless they laid down their arms.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "ISR") && !strncmp(g.cameo[k], "13", 2)) {
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Egypt stressed it would not bow to demands from Israel.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "EGY") && !strncmp(g.cameo[k], "12", 2)) {
            assert_string_equal(g.obj[k], "ISR");
            assert_string_equal(g.modality[k], "intended");
            found++;
        }
    assert_int_equal(found, 1);
}

/* "said it would reconsider its ties unless Syria closed the camps": an
 * uncoded act the speaker says it will do unless another acts is a plain
 * threat (130) at that one (ex_unless_held_acts); not a state ("would be
 * difficult unless"), a plain "if" (an offer) or a negated act. */
static void said_it_would_unless(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkey said on Monday it would reconsider its ties unless "
               "Syria closed the camps.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "130")) {
            expect_rel(&g, k, "TUR", "threaten", "SYR", "130");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Turkey said it would be difficult unless Syria closed the "
               "camps.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "130");
    run(state, "Turkey said it would reconsider its ties if Syria closed "
               "the camps.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "130");
    run(state, "Turkey said it would not reconsider its ties unless Syria "
               "closed the camps.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "130");
}

/* "condemned the rebels' offensive": a sector noun with a plural
 * possessive names the owner, the party, no modifier of the noun after
 * it (ex_modifier_agent), as "condemned the rebels" would; the bare
 * modifier ("the rebel offensive") stays none. */
static void plural_possessive_sector_is_a_party(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Syria condemned the rebels' offensive.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "111")) {
            assert_string_equal(g.subj[k], "SYR");
            assert_true(strstr(g.obj[k], "REB") != NULL);
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Syria condemned the rebel offensive.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "111");
}

/* "imposed the sanctions in retaliation for Japan's failure": a coercive
 * act with no party of its own is aimed at the one it answers, after "in
 * retaliation for/against" or "to retaliate for" (ex_retaliation_party);
 * not after a retaliation another clause tells ("in what Ankara called
 * retaliation for"). */
static void coercion_in_retaliation_for(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkey imposed sanctions in retaliation for "
               "Syria's refusal to close the camps.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strncmp(g.cameo[k], "16", 2)) {
            assert_string_equal(g.subj[k], "TUR");
            assert_string_equal(g.obj[k], "SYR");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Turkey imposed sanctions in what Ankara "
               "called retaliation for Syria's refusal to close the camps.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strncmp(g.cameo[k], "16", 2))
            assert_string_not_equal(g.obj[k], "SYR");
}

/* A threat with no party of its own is aimed at the actor that opens its
 * "if" or "unless" clause (ex_condition_party); an act said to be done
 * "unless" another acts is a threat, not a plan (ex_unless_threat). */
static void threat_held_over_a_condition(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia warned on Monday it would attack if Turkey kept "
               "shelling Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack") && !strcmp(g.subj[k], "RUS")) {
            expect_rel(&g, k, "RUS", "attack", "TUR", "138");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    /* (the speaker itself in the condition is no party) */
    run(state, "Russia warned it would attack if it came under fire.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "attack");
    /* (a plan with no threat in it keeps no condition party) */
    run(state, "Russia said it would withdraw its soldiers if Turkey "
               "agreed.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "deescalate"))
            assert_string_not_equal(g.obj[k], "TUR");
    run(state, "Russia said it would withdraw its soldiers from Syria "
               "unless Turkey paid.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "deescalate")) {
            expect_rel(&g, k, "RUS", "deescalate", "SYR", "136");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    /* (a warning with no party of its own warns the condition's actor;
     * not the speaker's own state) */
    run(state, "Russia warned of retaliation if Turkey kept its troops "
               "in Syria.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "threaten")) {
            expect_rel(&g, k, "RUS", "threaten", "TUR", "130");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "The Russian premier warned the army could be called in if "
               "Russia's constitution was threatened.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "RUS");
}

/* Relations cut back by the speaker's own "will" or "would" (or "plans
 * to", "promised to", "pledged to"), with no condition, are a decision announced, coded as the act (1661, 161;
 * a coercive act 174);
 * with an "if" or after "could" they stay a threat (1313)
 * (ex_announced_reduction). */
static void announced_reduction_is_the_act(void **state)
{
    static const struct {
        const char *text, *type, *cameo;
    } cases[] = {
        {"Russia said on Monday it would withdraw its peacekeepers from "
         "Syria by the end of the year.",
         "withdraw", "1661"},
        {"Turkey will sever its ties with Syria, the deputy foreign "
         "minister said.",
         "sever", "161"},
        {"Russia said it would sever its ties with Turkey if Ankara went "
         "ahead with new sanctions.",
         "sever", "1313"},
        {"Syria said on Sunday it could sever diplomatic ties with "
         "Turkey.",
         "sever", "1313"},
        /* (a plan or a promise of its own is the decision too) */
        {"Russia announced plans last week to sever its ties with "
         "Turkey.",
         "sever", "161"},
        /* (and so is a coercive act, 17, pledged or said to come) */
        {"Turkey has pledged to expel exiled leaders of Syria.",
         "deport", "174"},
        {"Russia said it would expel Turkish diplomats if Ankara went "
         "ahead with new sanctions.",
         "deport", "137"}};
    got g;
    size_t c, k;
    for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        int found = 0;
        run(state, cases[c].text, &g);
        for (k = 0; k < g.n; k++)
            if (!strcmp(g.type[k], cases[c].type)) {
                assert_string_equal(g.cameo[k], cases[c].cameo);
                found++;
            }
        assert_int_equal(found, 1);
    }
}

/* Exercises held with a partner are military cooperation (062), drills
 * near another's coast a show of force (150), and halted a de-escalation
 * (087). */
static void exercises_with_a_partner(void **state)
{
    got g;
    run(state, "Turkey held naval exercises with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cooperate_militarily", "SYR", "062");
    run(state, "Turkey held naval exercises near Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "show_force", "SYR", "150");
    /* (drills near another's border halted: a de-escalation, 087) */
    run(state, "Turkey halted its drills near Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deescalate", "SYR", "087");
}

/* An effort to broker talks that is ended is mediation halted (165),
 * not mediation (045). */
static void mediation_effort_ended(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey ended its efforts to broker talks between Syria and "
               "Russia.",
        &g);
    assert_int_equal(g.n, 2);
    for (k = 0; k < g.n; k++)
        expect_rel(&g, k, "TUR", "halt_mediation", NULL, "165");
    run(state, "Turkey brokered talks between Syria and Russia.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "broker", NULL, "045");
}

/* "Russian-speaking" names a language, not Russia: "Syria's
 * Russian-speaking protesters" are Syria's. */
static void speaking_is_a_language(void **state)
{
    got g;
    size_t k;
    run(state, "Members of Syria's Russian-speaking minority attacked "
               "Turkey.",
        &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "RUS");
    run(state, "Russian protesters attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSCVL");
}

/* "Turkish authorities said they would attack Syria": a state organ named
 * by a plural noun speaks of itself as "they", as a group does. */
static void officials_said_they(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkish authorities said they would attack Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack")) {
            expect_rel(&g, k, "TUR", "attack", "SYR", "138");
            found++;
        }
    assert_int_equal(found, 1);
}

/* "Jakarta police warned they would impose a curfew", "the rebels
 * warned they would attack": a group warns of its own act as "they", as
 * it says so; a warning of one's own coercive act is a threat. */
static void group_warned_they(void **state)
{
    got g;
    run(state, "Syrian rebels warned they would attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "138");
    assert_string_equal(g.modality[0], "threatened");
    run(state, "Turkish authorities vowed they would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "138");
}

/* "Yerevan said Azerbaijani forces had launched an unprovoked offensive",
 * "the State Department said in its report that Russian forces had
 * tortured detainees": a wrongdoing said of another actor is a charge
 * (1123, 1122); not one past a comma, another's deed ("said Iran had
 * detained their crew, who confessed to spying for Iraq"). */
static void wrongdoing_said_is_a_charge(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Israel said Syrian forces had launched an unprovoked "
               "offensive.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", "accuse", "SYR_MIL", "1123");
    run(state, "Turkey said in its annual report that Syrian forces had "
               "tortured detainees.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "accuse")) {
            expect_rel(&g, k, "TUR", "accuse", "SYR_MIL", "1122");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Syria said Turkey had detained the crew, who confessed to "
               "spying.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
    /* (the actor the subject phrase names: "said a former state governor
     * had siphoned off", "charged that senior figures in ZANU-PF had
     * pocketed") */
    run(state, "Turkey charged that senior figures in the Syrian army had "
               "pocketed millions.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR_MIL", "1121");
    /* (no clause: "an inquiry into alleged war crimes by Syria" charges
     * no one of the inquirer's) */
    run(state, "The court opened an inquiry into alleged war crimes by "
               "Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
    /* (after a preposition or a dash "alleged" describes a noun: "an
     * attack against alleged guerrilla targets" alleges nothing) */
    run(state, "Russia launched an attack against alleged guerrilla "
               "targets in Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
    run(state, "Conflicts are in sight - alleged Turkish subsidies of "
               "Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
}

/* "Kofi Annan said this week that the US war in Iraq is illegal", "the
 * government says that the recent statements coming from New Delhi are
 * disturbing": a verdict said of what the clause's subject phrase names
 * criticises the actor it names (111, ex_verdict_clause); not a report
 * judged baseless (a denial), a verdict forecast ("would be"), nor one on
 * things in a place ("the situation in Darfur"). */
static void verdict_said_is_criticism(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey said this week that the Syrian move is illegal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said the Syrian action was a violation of the "
               "accord.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    /* (other verbs of saying pass a verdict or a charge too:
     * ex_verdict_say_word) */
    run(state, "Turkey declared on Monday that the Syrian move was "
               "illegal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey insisted the Syrian blockade was unlawful.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey maintained that Syrian troops had massacred "
               "villagers.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR", "1124");
    run(state, "Turkey said Syrian reports of an attack were baseless.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
    run(state, "Turkey said the Syrian plan would be illegal.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
    /* (a state of things in a place is no one's deed) */
    run(state, "Turkey said the situation in Syria is disturbing.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
}

/* "The opposition said the government had failed pensioners", "the
 * minister said Turkey was wrong to close the border": a reported clause
 * whose own verb is a charge against its subject, or whose verdict is a
 * word of charge, criticises that actor (111, ex_verdict_clause); a
 * charge of deceit accuses it (112); not "has not failed", nor an actor
 * inside the subject phrase ("talks with Syria had failed"). */
static void charge_said_is_criticism(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey said the Syrian government had failed to stop the "
               "smugglers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said Syria's leaders had betrayed the accord.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said Syria was wrong to close the border.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said Syria had \"failed\" on water.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said the Syrian water plan was a \"shambles\".",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said Syria had been wrong to close the border.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey said Syria had misled the inspectors.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR", "112");
    run(state, "Turkey said Syria had not failed to keep its word.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
    run(state, "Turkey said talks with Syria had failed to settle the "
               "dispute.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
    /* (a second verb of the subject that opens the clause) */
    run(state, "Syria has had years to share the water and has failed, "
               "Turkey said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    /* (a plain past "failed" is a told event, not a verdict) */
    run(state, "Turkey said Syria failed to buy any wheat at its tender.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "criticize");
    /* (the speaker after the clause: "..., X said") */
    run(state, "Syria has failed to keep its promises on water, Turkey "
               "said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "\"The Syrian water plan is unfair,\" Turkey said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    /* (but a wrongdoing told before "..., sources said" is news of a
     * case, no charge by the sources) */
    run(state, "Syrian officials held on embezzlement charges have been "
               "released, Turkey said.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
}

/* "The minister said the opposition was right to back the bill", "the
 * treasury chief said the central bank had done a tremendous job": a
 * reported clause that finds its subject right, or its work good, praises
 * that actor (051, ex_verdict_clause); not the public told it is right to
 * worry. */
static void praise_said_of_another(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey said Syria was right to reopen the border.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "SYR", "051");
    run(state, "Turkey said Syria had \"done a fine job\" on the "
               "water talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "SYR", "051");
    run(state, "Turkey said Syria had done a job on the water talks.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "praise");
    run(state, "Turkey said Syria was not right to close the border.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "praise");
}

/* "The U.S. and Brazil blamed one another for the collapse of the
 * talks", "India and Pakistan accused each other of violating the
 * truce": coordinated subjects whose object is "each other" or "one
 * another" act on each other, each on each (ex_reciprocal_follows); one
 * subject with "each other" names no pair. */
/* "Workers at South Korea's largest automaker went on strike", "workers
 * at a West German steel plant": protesters of no country take the
 * country whose workplace they are at (ex_workplace_country; a country
 * of two words before "'s" too), not a mission's ("at the German
 * embassy": the embassy is their target's, not their home). */
static void workers_at_a_countrys_workplace(void **state)
{
    got g;
    size_t k;
    run(state, "Workers at South Korea's largest automaker went on strike "
               "on Friday.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "KORLAB");
    run(state, "Workers at a West German steel plant went on strike on "
               "Friday.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "DEULAB");
    run(state, "Workers at the German embassy went on strike on Friday.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.code[k], "DEULAB");
}

/* "a threat by Washington to impose sanctions on Japan", "a plan by
 * Japan to impose tariffs": a threat or intent noun whose agent follows
 * "by" makes the infinitive's act threatened or intended, as "Syria's
 * threat to" does (ex_noun_by_agent_cue). */
/* (the modality of the one relation of g from subj to obj) */
static const char *modality_between(const got *g, const char *subj,
                                    const char *obj)
{
    size_t k, found = g->n;
    for (k = 0; k < g->n; k++)
        if (!strcmp(g->subj[k], subj) && !strcmp(g->obj[k], obj)) {
            assert_int_equal(found, g->n);
            found = k;
        }
    assert_true(found < g->n);
    return g->modality[found];
}

static void threat_noun_with_agent_after_by(void **state)
{
    got g;
    run(state, "Markets fell after a threat by Turkey to impose sanctions "
               "on Syria.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "threatened");
    run(state, "Markets fell on a plan by Turkey to impose sanctions on "
               "Syria.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "intended");
}

/* "The Putin government condemned Syria" in a story about Egypt: a
 * lower-case government noun right after a leader's name is that
 * leader's state's, not the story's country (ex_leader_named_before). */
static void leader_named_government(void **state)
{
    got g;
    size_t k;
    run(state, "Egypt raised its tariffs on cotton on Monday. Egypt said "
               "the talks with Sweden had stalled. The Putin government "
               "condemned Syria over the move.", &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    expect_rel(&g, k, "RUS", "criticize", "SYR", "111");
    assert_string_equal(g.code[k], "RUSGOV");
}

/* "Backed by Sweden, Belgium criticised Egypt": a passive participle
 * with its agent after "by" that opens the sentence is the agent's act
 * on the actor that opens the main clause after its comma, as "Belgium,
 * backed by Sweden, criticised" is (ex_comma_passives); no actor right
 * after the comma, no such event. */
static void fronted_passive_participle(void **state)
{
    got g;
    size_t k;
    run(state, "Backed by Sweden, Belgium criticised Egypt over the "
               "fishing quotas.", &g);
    k = rel_with_code(&g, "050");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "support", "BEL", "050");
    run(state, "Backed by Sweden and Chile, Belgium criticised Egypt.", &g);
    k = rel_with_code(&g, "050");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "support", "BEL", "050");
    run(state, "Backed by Sweden, talks on the fishing quotas with Belgium "
               "resumed.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "SWE") && !strcmp(g.obj[k], "BEL") &&
                     !strcmp(g.cameo[k], "050"));
}

/* "plans, backed by the UK, to lift the arms embargo imposed on China":
 * the agent in an aside between the intent noun and its infinitive is
 * read as after "plans by" (ex_backed_aside_end, miss0616): the lifting
 * is intended, not done (it was a done 085). */
static void plan_backed_by_agent_in_an_aside(void **state)
{
    got g;
    run(state, "Critics warned against plans, backed by Turkey, to lift "
               "sanctions on Syria.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "intended");
    /* (a comma with no participle before "by" is no such aside) */
    run(state, "Turkey lifted sanctions on Syria, to the anger of Iraq.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "asserted");
}

/* "supported a call for Japan to boost its defence spending to help
 * share the burden of protecting Western interests": an act told after
 * an infinitive asked of an actor, in the same stretch of the clause, is
 * asked for too (ex_asked_purpose, miss0616: it was a done 074). */
static void purpose_of_an_asked_act_is_asked(void **state)
{
    got g;
    run(state, "Sweden backed a call for Turkey to raise spending to "
               "impose sanctions on Syria.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "hypothetical");
    /* (a new clause after a comma and "and" is told as done) */
    run(state, "Sweden backed a call for Greece to leave, and Turkey "
               "imposed sanctions on Syria.",
        &g);
    assert_string_equal(modality_between(&g, "TUR", "SYR"), "asserted");
}

/* (how many relations of g have this subject, type and object) */
static int count_rel(const got *g, const char *subj, const char *type,
                     const char *obj)
{
    size_t k;
    int n = 0;
    for (k = 0; k < g->n; k++)
        n += !strcmp(g->subj[k], subj) && !strcmp(g->type[k], type) &&
             !strcmp(g->obj[k], obj);
    return n;
}

static void reciprocal_object_each_on_each(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey and Syria blamed one another for the collapse of "
               "the talks.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "accuse", "TUR"), 1);
    run(state, "Turkey and Syria accused each other on Monday of "
               "shelling the border.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "accuse", "TUR"), 1);
    run(state, "Syrian officials accused each other of lying.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
}

/* "Syria closed a charity in its Aleppo region, accusing it of spying":
 * an accusation's "it" is no place a possessive gives its owner, the
 * setting of the act (ex_last_accused_thing); a place named alone may be
 * the one accused ("blockaded Aleppo, accusing it of"). */
static void accused_it_is_no_owned_place(void **state)
{
    got g;
    size_t k;
    run(state, "Syria closed a charity in its Aleppo region, accusing it of "
               "spying.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.type[k], "accuse");
    run(state, "Turkey blockaded Aleppo, accusing it of sheltering rebels.",
        &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "accuse") != 0; k++)
        ;
    assert_true(k < g.n);
    assert_string_equal(g.subj[k], "TUR");
}

/* "Syria, which Turkey has accused of shelling the border, denied it":
 * a verdict whose verb goes straight on to "of" or "for", its subject
 * right after a relative word, judges the actor the clause hangs on
 * (ex_relative_gap_object); "Syria, which accused Turkey of" keeps its
 * own object. */
static void relative_clause_head_is_accused(void **state)
{
    got g;
    run(state, "Syria, which Turkey has accused of shelling the border, "
               "denied the report.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 1);
    run(state, "Syria, which accused Turkey of shelling the border, "
               "denied the report.",
        &g);
    assert_int_equal(count_rel(&g, "SYR", "accuse", "TUR"), 1);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 0);
}

/* "Turkey and Syria have each laid the blame on the other": "each"
 * floated before the verb (past an auxiliary: ex_floating_quantifier)
 * and "the other" after it are the reciprocal too (ex_each_the_other);
 * "the other countries" is a phrase of its own. */
static void each_blames_the_other(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey and Syria have each laid the blame on the other "
               "for the failed talks.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "accuse", "TUR"), 1);
    run(state, "Turkey and Syria each accused the other of shelling the "
               "border.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "accuse", "SYR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "accuse", "TUR"), 1);
    run(state, "Turkey and Syria have both condemned Israel.", &g);
    assert_int_equal(count_rel(&g, "TUR", "criticize", "ISR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "criticize", "ISR"), 1);
    run(state, "Turkey and Syria have each accused the other countries "
               "of lying.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "TUR");
}

/* "blamed an inflexible U.S. position for the failure", "condemned the
 * rigid Syrian policy": a verdict on a state's stance, past a word
 * describing it, is a verdict on the state (only when the state names
 * the stance's noun: "condemned the proud Syria" is none of this;
 * "new" has its own reading, ex_new_before_body). */
static void verdict_past_describing_word(void **state)
{
    got g;
    run(state, "Turkey blamed an inflexible Syrian position for the "
               "failure of the talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR", "112");
    run(state, "Turkey condemned the rigid Syrian policy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "SYR", "111");
    run(state, "Turkey condemned the proud Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* The static lists of verb forms read by the merged rules hold every
 * form (rev12): "spurning" a request (ex_rejected_appeal), "had spied"
 * (ex_wrongdoing_code), "concluding" a brokered deal
 * (ex_deal_made_before). */
static void verb_lists_hold_every_form(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Turkey is spurning the Syrian appeal to Russia.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "urge")) {
            expect_rel(&g, k, "SYR", "urge", "RUS", "");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Turkey said Syrian agents had spied on Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR", "1125");
    run(state, "Sweden and Turkey are concluding a Russian-brokered "
               "agreement.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "mediate"))
            found++;
    assert_int_equal(found, 2);
}

/* "called the Israeli raid a war crime": the judgement an entry names
 * may open with "a" past the object's noun phrase (a '*' reaches no
 * further than the phrase and its article). */
static void judged_with_an_article(void **state)
{
    got g;
    run(state, "Turkey called the Syrian army's raid a war crime.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR_MIL", "1124");
}

/* "will not hesitate to attack": no denial, the act is announced (a
 * coercive one a threat); "did not hesitate to attack": done. */
static void not_hesitate_is_no_negation(void **state)
{
    got g;
    run(state, "Russia will not hesitate to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "138");
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia did not hesitate to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "190");
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia will not attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
}

/* "Russia could impose sanctions on Turkey if ..., Putin said": a
 * coercive act that the actor's own side says it "could" or "may" do on
 * a condition is a threat (ex_could_if_threat), as "said it would ...
 * if" is; another's "could" is speculation, and an offer ("could
 * withdraw if Turkey agreed") stays one. */
static void could_on_a_condition_is_a_threat(void **state)
{
    got g;
    size_t k;
    int found = 0;
    run(state, "Russia could impose sanctions on Turkey if Ankara kept "
               "shelling Syria, Vladimir Putin said.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "sanction")) {
            expect_rel(&g, k, "RUS", "sanction", "TUR", "1312");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    run(state, "Vladimir Putin said Russia may impose sanctions on Turkey "
               "unless Ankara stops shelling Syria.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "sanction")) {
            assert_string_equal(g.cameo[k], "1312");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    /* ("would" on a condition, said by the own side: a threat too) */
    run(state, "Russia would impose sanctions on Turkey if Ankara kept "
               "shelling Syria, Vladimir Putin said.",
        &g);
    found = 0;
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "sanction")) {
            expect_rel(&g, k, "RUS", "sanction", "TUR", "1312");
            assert_string_equal(g.modality[k], "threatened");
            found++;
        }
    assert_int_equal(found, 1);
    /* (no own side speaks: speculation) */
    run(state, "Russia could impose sanctions on Turkey if Ankara kept "
               "shelling Syria, Turkish analysts said.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.modality[k], "threatened");
    /* (an offer on a condition) */
    run(state, "Russia could withdraw its soldiers from Syria if Turkey "
               "agreed, Vladimir Putin said.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.modality[k], "threatened");
}

/* An act inside the clause an "if", "unless" or "whether" opens is only
 * supposed, and an act a yes-no question asks about is not asserted:
 * both are kept without an event code; the main clause after the comma
 * keeps its code, and so does a wh-question's act (ex_supposed,
 * ex_questioned). */
static void supposed_and_questioned_acts(void **state)
{
    got g;
    size_t k;
    int seen = 0;
    run(state, "Russia threatened to attack Sweden unless Turkey attacked "
               "Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "TUR")) {
            expect_rel(&g, k, "TUR", NULL, "SYR", "");
            assert_string_equal(g.modality[k], "conditional");
            seen = 1;
        }
    assert_true(seen);
    run(state, "The EU will decide whether to begin talks with Turkey.", &g);
    assert_true(g.n >= 1);
    for (k = 0; k < g.n; k++)
        assert_string_equal(g.cameo[k], "");
    run(state, "If Russia attacks Sweden, Syria will condemn Russia.", &g);
    seen = 0;
    for (k = 0; k < g.n; k++) {
        if (!strcmp(g.subj[k], "RUS"))
            assert_string_equal(g.cameo[k], "");
        if (!strcmp(g.subj[k], "SYR")) {
            assert_true(g.cameo[k][0] != '\0');
            seen = 1;
        }
    }
    assert_true(seen);
    run(state, "Would Russia attack Sweden?", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "");
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Why did Russia attack Sweden?", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "190");
    /* "let X attack": allowed, not done (ex_let_act) */
    run(state, "Russia said it would let the Turkish army attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");
}

/* A conditional word governs its own clause and, when "if" or "unless"
 * opens a clause, the clause after it; a "whether" question or a
 * condition two clauses back leaves a later verb asserted
 * (ex_cond_governs). */
static void conditions_reach_one_clause(void **state)
{
    got g;
    size_t k;
    int seen = 0;
    run(state, "Care is needed in deciding whether to take that step, "
               "Turkey's foreign minister said, a day after North Korea warned "
               "Sweden that sanctions would be tantamount to war.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "PRK") && !strcmp(g.obj[k], "SWE")) {
            assert_string_equal(g.modality[k], "asserted");
            seen = 1;
        }
    assert_true(seen);
    run(state, "Asked whether he would resign, the minister said Russia "
               "attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "190");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "If the talks fail, Russia will attack Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "conditional");
    run(state, "Russia will be disarmed unless Turkey agrees, or at least "
               "unless Turkey can attack Israel.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.subj[k], "TUR") && !strcmp(g.obj[k], "ISR"))
            assert_string_equal(g.modality[k], "conditional");
}

/* "Egypt held Israeli-Palestinian talks": the pair that modifies the
 * noun of a symmetric act holds it, each with the other; when the act is
 * only hoped for ("hopes to hold", "in hopes of restarting"), the hope is
 * not the pair's and no event code is kept. */
static void pairs_before_shared_nouns(void **state)
{
    got g;
    run(state, "Sweden held Russian-Turkish talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "negotiate", g.subj[1], "046");
    expect_rel(&g, 1, NULL, "negotiate", g.subj[0], "046");
    assert_true(!strcmp(g.subj[0], "RUS") || !strcmp(g.subj[1], "RUS"));
    assert_true(!strcmp(g.subj[0], "TUR") || !strcmp(g.subj[1], "TUR"));
    run(state, "Sweden hopes to hold Russian-Turkish talks.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "negotiate", g.subj[1], "");
    assert_string_equal(g.modality[0], "hypothetical");
    /* (the last part may begin a name the next words end: "a joint
     * UN-African Union force", "Soviet-West German talks") */
    run(state, "Sweden held Russian-South Korean talks.", &g);
    assert_int_equal(g.n, 2);
    assert_true(!strcmp(g.subj[0], "KOR") || !strcmp(g.subj[1], "KOR"));
    assert_true(!strcmp(g.subj[0], "RUS") || !strcmp(g.subj[1], "RUS"));
}

/* "is under pressure to work with": an act asked of the subject, kept
 * without an event code; "find ways to help": an act looked for, an
 * intention (033 for aid), as "seeking to help" is. */
static void pressure_and_ways_to(void **state)
{
    got g;
    run(state, "Syria is under pressure to help Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "aid", "TUR", "");
    assert_string_equal(g.modality[0], "demanded");
    run(state, "Syria found ways to help Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "aid", "TUR", "033");
    assert_string_equal(g.modality[0], "intended");
}

/* "Egyptian efforts to free the hostages", "tried to help": an act only
 * tried for is not done, an intention as "seeking to" is; an attempted
 * attack is coded as the attack (CAMEO 18-20), and a bid won is done. */
static void acts_only_tried_for(void **state)
{
    got g;
    run(state, "Syrian efforts to help Turkey continued.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "aid", "TUR", "033");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Syria tried to help Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "aid", "TUR", "033");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Syria won a bid to help Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "aid", "TUR", "070");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Syria made a failed attempt to attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
    assert_string_equal(g.modality[0], "asserted");
}

/* "Rebels who attacked Iraq condemned Syria": the object of a
 * restrictive relative clause is not the main verb's subject; "who said
 * Iraq attacked" made no relation with Iraq, which stays the subject. */
static void subjects_after_restrictive_relatives(void **state)
{
    got g;
    run(state, "Syrians who attacked Russia praised Sweden.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "attack", "RUS", "190");
    expect_rel(&g, 1, "SYR", "praise", "SWE", "051");
    run(state, "Syrians who said Russia attacked Sweden fled.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", "190");
}

/* "Militants holding three U.N. workers met Afghan officials": a
 * participle right after an actor opens a reduced relative clause whose
 * object is not the main verb's subject; a noun's modifier ("banking")
 * and an infinitive's subject ("urging Russia to attack") are left as
 * they were. */
static void subjects_after_participle_relatives(void **state)
{
    got g;
    run(state, "Syrians holding three Russian journalists praised Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "praise", "SWE", "051");
    run(state, "Syrians guarding the Turkish border attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "SWE", "190");
    run(state, "Syrians urging Russia to attack Sweden.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "RUS", "attack", "SWE", NULL);
}

/* "Russia and Syria, accusing Turkey of ...": a participle that follows
 * coordinated subjects and their comma is the act of each of them. */
static void participles_after_coordinated_subjects(void **state)
{
    got g;
    run(state, "Russia and Syria, accusing Turkey of aggression, praised "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 4);
    expect_rel(&g, 0, "SYR", "accuse", "TUR", NULL);
    expect_rel(&g, 1, "RUS", "accuse", "TUR", NULL);
}

/* "Militants set fire to a school, Russian investigators said, blaming
 * Chechen militants": a participle right after a tail's speech verb is
 * the speaker's; a speaker not named as an actor there gives none. */
static void participle_after_a_tail_speaker(void **state)
{
    got g;
    run(state, "Syria praised Sweden, Turkish officials said, accusing "
               "Russia of aggression.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "accuse", "RUS", "112");
    run(state, "Syria praised Sweden, he said, accusing Russia of "
               "aggression.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "praise", "SWE", "051");
}

/* "Russia, Syria's main ally, accusing Turkey of aggression, praised
 * Sweden": past an apposition and a participle's phrase, the main verb's
 * subject is the actor before the apposition, not the participle's
 * object. */
static void subjects_past_apposition_and_participle(void **state)
{
    got g;
    size_t k, found = 0;
    run(state, "Russia, Syria's main ally, accusing Turkey of aggression, "
               "praised Sweden.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "praise")) {
            expect_rel(&g, k, "RUS", "praise", "SWE", "051");
            found++;
        }
    assert_int_equal(found, 1);
}

/* "made a surprise visit to Iraq", "is making a two-day official visit
 * to Turkey": adjectives after an article make the trigger a noun, an
 * act of the light verb's subject; a noun that does not head its phrase
 * ("a reviving trade dispute") is left as it was. */
static void nouns_after_adjectives(void **state)
{
    got g;
    run(state, "Putin made a surprise visit to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "SYR", "042");
    run(state, "Putin is making a two-day official visit to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "visit", "TUR", "042");
    /* (the verb after a noun phrase stays a verb) */
    run(state, "The two leaders visit Turkey on Monday.", &g);
    assert_int_equal(g.n, 0);
}

/* "met in London with Paisley": a place between a verb and its
 * preposition says where; "urged that Turkey stop": the one asked is the
 * subject of the "that" clause. */
static void places_before_prepositions_and_that_clauses(void **state)
{
    got g;
    run(state, "Putin met in Aleppo with Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_vladimir_putin", "meet",
               "person_recep_tayyip_erdogan", "040");
    run(state, "Russia held talks in Aleppo with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "negotiate", "TUR", "046");
    /* a place that no preposition of the entry follows stays a place */
    run(state, "Russia held talks in Aleppo.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.obj[k], "SYR");
    run(state, "Sweden urged that Turkey stop the fighting.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "020");
    /* a clause with no actor as its subject names nobody asked */
    run(state, "Sweden urged that the fighting stop.", &g);
    assert_int_equal(g.n, 0);
}

/* "massed troops along its border with Ukraine": the country the
 * border is shared with is the object. */
static void border_with_names_the_object(void **state)
{
    got g;
    run(state, "Russia massed troops along its border with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "mobilize", "TUR", "154");
    /* so too before the entry's own preposition ("from"), where the
     * troops stand */
    run(state, "Russia withdraws soldiers stationed on the border with Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deescalate", "TUR", "087");
}

/* "refused Greece's request for a loan": a rejected request rejects what
 * was asked (1221), a proposal to talk is one to meet (125); a plan is
 * no request (120).  A refusal to grant autonomy refuses a change of
 * institutions (1234). */
static void rejected_requests_take_the_asked_act(void **state)
{
    got g;
    size_t k, found = 0;
    run(state, "Turkey rejected Sweden's request for a loan.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "reject")) {
            expect_rel(&g, k, "TUR", "reject", "SWE", "1221");
            found++;
        }
    run(state, "Turkey rejected Sweden's proposal to hold talks.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "reject")) {
            expect_rel(&g, k, "TUR", "reject", "SWE", "125");
            found++;
        }
    run(state, "Turkey rejected Sweden's plan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SWE", "120");
    assert_int_equal(found, 2);
    run(state, "Turkey said it would not grant autonomy to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1234");
    /* the wire's backshifted "will not", said after the clause by the
     * subject's own side: the refusal announced, as above; another's
     * report stays a guess */
    run(state, "Turkey would not grant autonomy to Syria, Erdogan said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1234");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Turkey would not grant autonomy to Syria, analysts said.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    /* the act asked for is not done: kept without a code, demanded
     * (proposed: hypothetical), whether refused or not */
    run(state, "Turkey rejected Syria's request to supply Russia.", &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1222");
    expect_rel(&g, 1, "SYR", "request", "TUR", ""); /* (the refusal's) */
    expect_rel(&g, 2, "SYR", "supply", "RUS", "");
    assert_string_equal(g.modality[2], "demanded");
    run(state, "Syria's request to supply Russia was approved.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "supply", "RUS", "");
    /* a plan rejected or welcomed is no plan of the judge's */
    run(state, "Turkey rejected a plan to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");
    /* (a phone call is no appeal: the act was done) */
    run(state, "Turkey made a phone call to praise Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "SYR", "051");
    run(state, "Turkey rejected a proposal to help Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "");
    assert_string_equal(g.modality[0], "hypothetical");
    /* "denied Syria's request to": the entry's own noun is the request
     * whose act the refusal codes */
    run(state, "Turkey denied Syria's request to supply Russia.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1222");
    expect_rel(&g, 1, "SYR", "supply", "RUS", "");
    /* what was asked hangs on the noun ("offer of", "request to"): not
     * "an offer on loan terms" */
    run(state, "Turkey rejected the Syrian offer of a loan.", &g);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "1221");
    run(state, "Turkey rejected the Syrian offer on loan terms.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "120");
}

/* "suspended economic assistance to Myanmar", "stopped supplying weapons
 * to": aid stopped is aid reduced (1621, 1622), whatever words stand
 * between the verb and the noun. */
static void stopped_aid_is_reduced(void **state)
{
    got g;
    run(state, "Turkey suspended all new loans to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1621");
    run(state, "Turkey granted new loans to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid_economic", "SYR", "071");
    /* the verb's gerund after the stop verb too: "stopped supplying" */
    run(state, "Turkey stopped supplying weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1622");
    /* (goods no longer sold are no relation reduced: "stopped selling
     * VHS machines") */
    run(state, "Turkey stopped selling cars to Syria.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_true(strncmp(g.cameo[k], "16", 2) != 0);
}

/* Protesters storming a parliament riot (145); an army expelled is
 * expelled (166), a soldier deported is deported (174). */
static void storming_protesters_and_expelled_forces(void **state)
{
    got g;
    /* (the parliament stormed, not the city it stands in) */
    run(state, "Turkish protesters stormed the parliament in Ankara.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", "TUR_LEG", "145");
    run(state, "Turkish protesters stormed the parliament.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", "TUR_LEG", "145");
    /* (a mob is a crowd of protesters too) */
    run(state, "Turkish mobs stormed the parliament.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", "TUR_LEG", "145");
    run(state, "Turkey expelled the Syrian army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "expel", "SYR_MIL", "166");
    run(state, "Turkey expelled Syrian insurgents.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deport", "SYR_REB", "174");
}

/* "Angry crowds in Tunisia torched police stations", "hungry crowds
 * stormed supermarkets": a crowd is civilians (CVL, as a mob) and, as
 * protesters, riots (145) where it burns or storms (book21c
 * 2026-11-24). */
static void storming_crowds_riot(void **state)
{
    got g;
    run(state, "Angry Turkish crowds stormed the parliament.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "riot", "TUR_LEG", "145");
}

/* "Thousands of Greek farmers parked their tractors across the highway,
 * demanding that the government raise price support": a crowd's demand
 * made by a participle beside an act kg does not read as a protest is
 * its protest (141); a finite demand, or one by a group not counted by
 * head, stays a demand (book21c 2026-11-24). */
static void crowd_demands_are_protests(void **state)
{
    got g;
    run(state, "Thousands of Turkish farmers parked their tractors on the "
               "highway, demanding that Syria withdraw its troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SYR", "141");
    run(state, "Turkish farmers parked their tractors on the highway, "
               "demanding that Syria withdraw its troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SYR", "100");
    run(state, "Thousands of Turkish farmers demanded that Syria withdraw "
               "its troops.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "SYR", "100");
}

/* "was badly beaten by Zimbabwean police": "beat" with no entry of its
 * own is an assault (182) by police, troops, armed men or a crowd, in
 * the active or the passive; a state that beats another wins a game
 * (book21c 2026-11-24). */
static void beaten_by_a_side_of_force(void **state)
{
    got g;
    run(state, "Turkish police beat the Syrian ambassador outside the "
               "embassy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "assault", "SYR", "182");
    assert_string_equal(g.code[0], "TURCOP");
    run(state, "The Syrian ambassador was beaten by Turkish police outside "
               "the embassy.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "assault", "SYR", "182");
    assert_string_equal(g.code[0], "TURCOP");
    run(state, "Turkey beat Syria 2-0 in Ankara.", &g);
    assert_int_equal(g.n, 0);
}

/* "Bosnian Serb forces killed about 8,000 Muslim men and boys at
 * Srebrenica": force on people named by plain nouns joined by "and",
 * "in" or "at" a place, falls on the place's state (book21c
 * 2026-11-24). */
static void force_on_people_at_a_place(void **state)
{
    got g;
    run(state, "Turkish troops killed 300 men and boys in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "kill", "place_syr_aleppo", "190");
    run(state, "Turkish troops killed 300 men at Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "kill", "place_syr_aleppo", "190");
    run(state, "Turkish troops killed 300 men and boys.", &g);
    assert_int_equal(g.n, 0);
}

/* "Iran said Iraqi forces had attacked its troops": "its" stands for no
 * group named in the plural ("their" would), so its army is the nearest
 * singular owner's, the speaker's (book21c 2026-11-24). */
static void its_is_no_plural_group(void **state)
{
    got g;
    run(state, "Syria said Turkish rebels had attacked its army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR_MIL", "190");
    assert_string_equal(g.code[0], "TURREB");
}

/* "Russia warned that it would attack Syria": a warning of one's own
 * act of force is a threat (138); a warning of another's act is not. */
static void warnings_of_own_force_are_threats(void **state)
{
    got g;
    size_t k, found = 0;
    run(state, "Russia warned that it would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    run(state, "Turkey warned that Russia would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    /* one's own army, or the army of a government that names none:
     * the warner's (after a plain "said" too for "its army") */
    run(state, "Russia warned that its army could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "138");
    assert_string_equal(g.code[0], "RUSMIL");
    run(state, "Russia said its army could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "138");
    run(state, "Russia warned that the army could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "138");
    assert_string_equal(g.code[0], "RUSMIL");
    assert_string_equal(g.modality[0], "threatened");
    /* (a condition, the one warned between) */
    run(state, "Russia warned Sweden that Russia would attack Syria if "
               "talks failed.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack")) {
            expect_rel(&g, k, "RUS", "attack", "SYR", "138");
            found++;
        }
    assert_int_equal(found, 1);
    /* "warned Y that it would": "it" is the warner, and with no other
     * party the act threatens the one warned */
    /* (the warning itself, RUS 130 TUR, comes first) */
    run(state, "Russia warned Turkey that it would attack Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "threaten", "TUR", "130");
    expect_rel(&g, 1, "RUS", "attack", "SYR", "138");
    run(state, "Russia warned Turkey that it would attack.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "threaten", "TUR", "130");
    expect_rel(&g, 1, "RUS", "attack", "TUR", "138");
    /* "warned it could", "said it might": the speaker's own act put
     * forward is threatened (intended) as after "would"; another's is
     * speculation, left hypothetical */
    run(state, "Russia warned it could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    assert_string_equal(g.modality[0], "threatened");
    run(state, "Russia said it might attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    run(state, "Turkey said Russia could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    assert_string_equal(g.modality[0], "hypothetical");
    /* wire copy dates the warning between its verb (or its party) and
     * the clause: "warned on Sunday that", "warned Turkey on Monday" */
    run(state, "Russia warned on Sunday that it would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    assert_string_equal(g.modality[0], "threatened");
    run(state, "Russia warned late on Friday it could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    run(state, "Russia warned Turkey on Monday that it would attack.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "threaten", "TUR", "130");
    expect_rel(&g, 1, "RUS", "attack", "TUR", "138");
    run(state, "Russia warned on Tuesday that its army could attack Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "138");
    assert_string_equal(g.code[0], "RUSMIL");
    /* ("said on Monday it might", "said on Monday it would not": the
     * speaker's own act, past the date) */
    run(state, "Russia said on Monday that it might attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "138");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Russia said on Monday it would not attack Syria, a Turkish "
               "minister said.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
    /* (another's act stays speculation, date or not) */
    run(state, "Turkey warned on Sunday that Russia could attack Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
}

/* "called on Khartoum to restore security or face sanctions": a demand
 * with its penalty named is a threat, of sanctions or force when the
 * penalty says so. */
static void demands_or_face_are_threats(void **state)
{
    got g;
    run(state, "Sweden called on Turkey to free the journalists or face "
               "sanctions.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "threaten", "TUR", "1312");
    run(state, "Sweden called on Turkey to free the journalists or face "
               "military strikes.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "threaten", "TUR", "138");
    run(state, "Sweden called on Turkey to free the journalists or face "
               "isolation.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "threaten", "TUR", "130");
    run(state, "Sweden called on Turkey to free the journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "TUR", "020");
}

/* "threatened to occupy Syria": the threat's own entry is the trigger
 * (1382); an act with no entry ("shut down") is a plain threat (130) to
 * its direct object; an act with an entry is read at its verb as a
 * threat (138); a possessor or a model is not threatened. */
static void threats_to_act(void **state)
{
    got g;
    run(state, "Turkey threatened to occupy southern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "threaten_force", "SYR", "1382");
    run(state, "Turkey threatened to shut down the Syrian embassy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "threaten", "SYR", "130");
    run(state, "Turkey threatened to attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "138");
    run(state, "Turkey threatened to emulate Syria's moratorium.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey threatened to follow Syria.", &g);
    assert_int_equal(g.n, 0);
    /* (a part of a country is the country) */
    run(state, "Turkey occupied northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "occupy", "SYR", "192");
}

/* "ordered the ambassador of the Democratic Republic of the Congo to
 * leave": a noun phrase whose head is a coded actor is one word to an
 * entry's '*' (which covers three); a phrase headed by a plain noun is
 * not, though the '*' itself now spans a whole noun phrase of up to
 * eight words ("signed the long Syria trade agreement": the agreement
 * its modifier names a party to, long_noun_phrase_in_a_gap). */
static void long_actors_inside_gaps(void **state)
{
    got g;
    run(state, "Turkey ordered the ambassador of the Democratic Republic of "
               "the Congo to leave.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deport", "COD", "174");
    run(state, "Turkey gave the Syrian army in Aleppo a one-week ultimatum.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ultimatum", "SYR_MIL", "139");
    run(state, "Turkey signed the long Syria trade agreement.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sign", "SYR", "057");
}

/* "refused to join China's initiative": joining has no code, refusing
 * to join is a rejection of material cooperation (121), of talks 125;
 * taking part that is not refused makes no edge. */
static void refusals_to_take_part(void **state)
{
    got g;
    run(state, "Turkey refused to join Sweden's initiative.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SWE", "121");
    run(state, "Turkey declined to take part in the talks with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "125");
    run(state, "Turkey took part in the exercises with Syria.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey joined Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "join", "SWE", "");
    /* wire copy's refusal: "said it would not take part" (wr10d) */
    run(state, "Turkey said on Friday it would not take part in a joint "
               "inquiry with Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SYR", "121");
    run(state, "Turkey will not join Sweden's initiative, the ministry "
               "said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "reject", "SWE", "121");
    /* (not joined so far is no refusal) */
    run(state, "Turkey did not take part in the exercises with Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "put its forces on high alert along the border with Russia": an alert
 * is raised against the country the border is shared with (152). */
static void alerts_along_a_border(void **state)
{
    got g;
    run(state, "Turkey put its army on high alert along the border with "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "raise_alert", "SYR", "152");
    run(state, "Turkey put its army on high alert.", &g);
    assert_int_equal(g.n, 0);
}

/* A boycott by civilians ("Syrian merchants", "protesters") is a
 * protest (143); a state's boycott is an embargo (163). */
static void boycotts_by_civilians(void **state)
{
    got g;
    run(state, "Syrian merchants boycotted Turkish goods.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_BUS", "protest", "TUR", "143");
    run(state, "Syria boycotted Turkish goods.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "boycott", "TUR", "163");
    run(state, "Syrian officials boycotted Turkish goods.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "boycott", "TUR", "163");
}

/* A strike by workers ("7,000 miners went on strike at South African
 * mines", "the union threatened to strike at 10 a.m.") is a labour
 * protest (143), its threat a threat of protest (133); a state's or an
 * armed group's strike stays an attack. */
static void strikes_by_workers(void **state)
{
    got g;
    run(state, "Syrian workers went on strike at Turkish mines.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "TUR", "143");
    run(state, "Syrian workers threatened to strike at Turkish mines.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "TUR", "133");
    run(state, "Syria threatened to strike at Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "138");
    /* a threatened protest that names no one is aimed at home, as the
     * protest would be (also before a condition) */
    run(state, "Syrian workers threatened mass protests if the results "
               "stand.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "threaten", "SYR", "133");
    run(state, "Syrian workers threatened protests against Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "threaten", "TUR", "133");
    run(state, "Syria threatened protests.", &g);
    assert_int_equal(g.n, 0);
}

/* A head count between a country's possessive and a group noun of people
 * ("Syria's 30,000 workers") leaves the group the country's, as
 * "Syria's workers" is (ex_counted_group); a trade word may stand before
 * the noun. */
static void counted_group_of_a_country(void **state)
{
    got g;
    run(state, "Syria's 30,000 workers went on strike on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "Most of Syria's 4,000 rail workers went on strike.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
}

/* A protest against what the protesters' own country owns ("the closure
 * of Syria's largest sugar mill") is aimed at their state, as one
 * against "the government's" decision is (ex_own_country_owner). */
static void protest_against_own_country_possession(void **state)
{
    got g;
    run(state, "Syrian farmers protested against the closure of Syria's "
               "largest sugar mill.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_AGR", "protest", "SYR", "141");
}

/* A protest noun that spreads "from" one place "to" another goes to
 * places, not to whom it is aimed at (ex_protest_spread,
 * ex_spread_before): the strikers are of the places' country and their
 * strike is aimed at its state. */
static void strike_spread_to_places(void **state)
{
    got g;
    run(state, "A workers' strike has spread from Aleppo to the whole of "
               "Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
    run(state, "The Syrian workers' strike spread today to Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "143");
}

/* A town kg does not know, after a preposition of where and a place's
 * parts ("through the northern city of Qamishli"), is where a protest
 * went, no party (ex_unknown_place_end, ex_unknown_place_at): the protest
 * is aimed at the protesters' state, as in a town the gazetteer knows. */
static void protest_in_an_unknown_town(void **state)
{
    got g;
    run(state, "Thousands of Syrian farmers marched through the northern "
               "city of Qamishli today.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_AGR", "protest", "SYR", "141");
    run(state, "Syrian workers rallied in Qamishli on Friday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_LAB", "protest", "SYR", "141");
    /* (its purpose read past the place's longer phrase: up to twelve
     * words after the trigger, ex_protest_purpose) */
    run(state, "Thousands of Syrian farmers marched through the northern "
               "city of Qamishli today in a protest against Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_AGR", "protest", "TUR", "141");
}

/* National teams bear their country's name and clubs a city's: in
 * sports talk (a sports word in the sentence, or several in the
 * document) meeting, visiting and clashing are fixtures, not diplomacy;
 * a government's act stays coded there. */
static void sports_fixtures_are_no_diplomacy(void **state)
{
    got g;
    run(state, "Germany met France in Berlin.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", NULL, "FRA", "040");
    run(state, "Germany meet France in the World Cup qualifier on Saturday.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "The seeded German will meet France in round two.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Germany visited France with high hopes.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", NULL, "FRA", "042");
    run(state,
        "The striker scored twice in the cup tie. "
        "Germany visited France with high hopes.",
        &g);
    assert_int_equal(g.n, 0);
    /* a team's skipper is a sports word too ("skipper" names only a
     * team's captain in the corpora) */
    run(state,
        "The Germany skipper expects a hard game. The rival skipper agrees. "
        "The skipper of the champions was rested. "
        "Germany visited France with high hopes of a first away win.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "President Erdogan urged France to call off the football "
               "tournament.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL, "FRA", "020");
}

/* A trade flow reported as a figure ("exports to the Community rose
 * seven pct") is a statistic, no act; exporting is one. */
static void trade_figures_are_no_acts(void **state)
{
    got g;
    size_t k;
    run(state, "Syria exports oil to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "trade", "TUR", "061");
    run(state, "Syrian exports to Turkey rose 12 pct last year.", &g);
    assert_int_equal(g.n, 0);
    /* (the flow as the subject of a copula or a future: a figure or a
     * forecast too) */
    run(state, "Syrian exports to Turkey were 3.4 billion dollars in 1986.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "There is little chance Syrian exports to Turkey will grow.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "Syrian imports from Turkey are limited to ores.", &g);
    assert_int_equal(g.n, 0);
    /* a flow named by a noun is what another act is about, no act of
     * its own (kept in the graph, with no code); raised, it is one */
    run(state, "Germany will impose tariffs on Syrian exports to Turkey.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "061");
    run(state, "Greece criticised Syria's investment in Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "061");
    run(state, "Syria is increasing its exports to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "trade", "TUR", "061");
}

/* "French car maker Peugeot": a demonym before a noun of business
 * names a company's home, not the state as a party. */
static void business_demonyms_are_no_state(void **state)
{
    got g;
    run(state, "Germany met French officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", NULL, "FRA", "040");
    /* (the company acts as its country's business, FRABUS; not "a
     * Lebanese group", which may be armed, nor a purchase from it) */
    run(state, "Germany met French car maker Peugeot.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", NULL, "FRA_BUS", "040");
    run(state, "Germany met a Syrian group.", &g);
    assert_int_equal(g.n, 0);
    run(state, "French car makers met Germany.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "FRABUS");
    /* (a state that seizes from a company acts on its country's
     * business, as CAMEO codes it) */
    run(state, "Germany seized French car maker Peugeot.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", "seize", "FRA_BUS", "171");
    assert_non_null(strstr(g.json[0], "\"code\":\"FRABUS\""));
}

/* text's first relation has its subject (obj 0) or its object (obj 1)
 * coded code */
static void first_rel_coded(void **state, const char *text, int obj,
                            const char *code)
{
    got g;
    char want[32];
    run(state, text, &g);
    assert_true(g.n >= 1);
    snprintf(want, sizeof(want), "\"code\":\"%s\"", code);
    if (obj)
        assert_non_null(strstr(strstr(g.json[0], "\"object\""), want));
    else
        assert_string_equal(g.code[0], code);
}

/* "Algerian producer ENOF", "Spain's Minas de Almaden y Arrayanes S.A.",
 * "U.S.-based Lotus Development Inc", "Kerdix Inc, Boulder,
 * Colorado", "Syria Great Wall Industries Co": a firm the lexicon lacks,
 * named with its home, is its country's business (ex_firm_homes). */
static void firms_named_with_their_home(void **state)
{
    static const char *const deu_tur =
        "Germany's Minas de Almaden y Arrayanes S.A. met Turkish producer "
        "Enof.";
    got g;
    first_rel_coded(state, deu_tur, 0, "DEUBUS");
    first_rel_coded(state, deu_tur, 1, "TURBUS");
    first_rel_coded(state, "Turkish producer Enof met Syria.", 0, "TURBUS");
    first_rel_coded(state, "French merchant Agip met Syria.", 0, "FRABUS");
    first_rel_coded(state, "Russia Based Lotus Development Inc met Syria.", 0,
                    "RUSBUS");
    first_rel_coded(state, "The Moscow-based Kerdix Ltd met Syria.", 0,
                    "RUSBUS");
    first_rel_coded(state, "France met Kerdix Inc, Aleppo, Syria.", 1,
                    "SYRBUS");
    first_rel_coded(state, "France met Nakamichi Corp, Seoul.", 1, "KORBUS");
    /* a firm named after its country (ex_firm_named_country) */
    first_rel_coded(state, "France met the Syria Great Wall Industries Co.",
                    1, "SYRBUS");
    first_rel_coded(state, "Turkey Steel Works Corp met Syria.", 0,
                    "TURBUS");
    /* (no legal suffix: no firm; a capital noun before a name is no
     * noun of business) */
    run(state, "Germany's Kerdix met Syria.", &g);
    assert_true(g.n == 0 || strcmp(g.code[0], "DEUBUS") != 0);
    run(state, "The Syria Bank Employees' Union met France.", &g);
    assert_true(g.n == 0 || strcmp(g.code[0], "SYRBUS") != 0);
}

/* "made a firm commitment", "took a firm stance", "a 'firm but fair'
 * policy": the adjective "firm" names no business; "the firm" still
 * does. */
static void firm_adjective_is_no_business(void **state)
{
    static const char *const texts[] = {
        "Syria backed a firm stance against Turkey.",
        "Turkey attacked a firm offer by Syria.",
        "Syria backed a firm but fair policy toward Turkey."};
    got g;
    size_t t, k;
    for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
        run(state, texts[t], &g);
        for (k = 0; k < g.n; k++) {
            assert_null(strstr(g.code[k], "BUS"));
            assert_null(strstr(g.json[k], "BUS\""));
        }
    }
    first_rel_coded(state, "The firm signed an agreement with Turkey.", 0,
                    "---BUS");
}

/* "Kerdix Steel Co Ltd <KRDX.T>", "Borvale AG <BORG.F>", "Nakamichi Corp
 * <NAKA>": a stock ticker after a firm the lexicon lacks names the
 * exchange of its home, Tokyo, Frankfurt or New York (ex_firm_ticker). */
static void firms_named_with_their_ticker(void **state)
{
    got g;
    first_rel_coded(state,
                    "Kerdix Steel Co Ltd <KRDX.T> said it signed an "
                    "agreement with Syria.",
                    0, "JPNBUS");
    first_rel_coded(state, "Syria met Borvale AG <BORG.F> in Damascus.", 1,
                    "DEUBUS");
    first_rel_coded(state, "Syria met Nakamichi Corp <NAKA> in Damascus.", 1,
                    "USABUS");
    /* (an exchange of two countries says nothing: Sydney or Singapore) */
    run(state, "Syria met Borvale Ltd <BORV.S> in Damascus.", &g);
    assert_true(g.n == 0 || strcmp(g.code[1], "SGPBUS") != 0);
}

/* "Bank of Tokyo", "the First Kerdix Bank of Chicago": a bank kg does
 * not know, named with "of" and a place, is one firm of the place's
 * country (ex_bank_of_place), not a bank and the country or a capital's
 * government. */
static void bank_of_a_place_is_a_firm(void **state)
{
    first_rel_coded(state, "Bank of Aleppo met France on Monday.", 0,
                    "SYRBUS");
    first_rel_coded(state,
                    "France met the First Kerdix Bank of Alaska on Monday.",
                    1, "USABUS");
    /* a firm or a union named so: "Hospital Corp of America", "United
     * Steelworkers of America" */
    first_rel_coded(state, "France met Kerdix Corp of Syria on Monday.", 1,
                    "SYRBUS");
    first_rel_coded(state,
                    "The United Kerdix Workers of Alaska met France on "
                    "Monday.",
                    0, "USALAB");
    /* (a bank kg codes keeps its code: "Karsa Bank", TURBUS) */
    first_rel_coded(state, "France met Karsa Bank of Aleppo on Monday.", 1,
                    "TURBUS");
}

/* "signed an accord with a unit of Zorg Motors", "with a wholly owned
 * subsidiary of U.S. Based Kerdix Inc <KRD>": a firm's part after the
 * entry's preposition acts for the firm (ex_firm_part_of). */
static void firm_part_acts_for_the_firm(void **state)
{
    first_rel_coded(state,
                    "Syria signed an agreement with a unit of Zorg Motors.", 1,
                    "SWEBUS");
    first_rel_coded(state,
                    "Syria signed an agreement with a wholly owned "
                    "subsidiary of Zorg Motors on Monday.",
                    1, "SWEBUS");
    first_rel_coded(state,
                    "Syria signed an agreement with a unit of U.S. Based "
                    "Kerdix Inc.",
                    1, "USABUS");
}

/* "urged Reagan to step up negotiations with the Soviet Union": a noun
 * act that an infinitive after the one urged takes is only asked for. */
static void noun_act_inside_an_appeal(void **state)
{
    got g;
    size_t k;
    run(state, "Syria urged Turkey to step up negotiations with Iraq.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "negotiate"))
            assert_string_equal(g.modality[k], "demanded");
    assert_int_equal(rel_with_code(&g, "046"), g.n);
    run(state, "Turkey stepped up negotiations with Iraq.", &g);
    assert_true(rel_with_code(&g, "046") < g.n);
}

/* Is the act with CAMEO code cameo coded in text (1) or not (0)? */
static void coded_in(void **state, const char *text, const char *cameo,
                     int coded)
{
    got g;
    run(state, text, &g);
    if (coded)
        assert_true(rel_with_code(&g, cameo) < g.n);
    else
        assert_int_equal(rel_with_code(&g, cameo), g.n);
}

/* "asked its allies to launch an attack on", "urged NATO allies to
 * launch strikes on", "was asked to carry out strikes", "refused to launch
 * new strikes": an event noun is asked for or refused as its light verb
 * is, whatever phrase names the one asked (ex_noun_light_verb); done, it
 * is coded. */
static void light_verb_noun_inside_an_appeal(void **state)
{
    got g;
    run(state, "Syria urged NATO allies to launch strikes on Israel.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.modality[1], "demanded");
    coded_in(state, "Syria urged NATO allies to launch strikes on Israel.",
             "190", 0);
    coded_in(state, "NATO was asked to carry out strikes on Israel.", "190",
             0);
    coded_in(state, "NATO refused to launch new strikes on Israel.", "190",
             0);
    coded_in(state, "NATO launched strikes on Israel.", "190", 1);
}

/* "an EU demand for Turkey to recognise Cyprus": the noun of demanding
 * asks through "for" as "pressed for" does; "encourage its businessmen to
 * invest": a possessive before the one asked (the act only asked for, no
 * order to one's own coded); "has little chance of persuading": the
 * appeal is only weighed. */
static void asked_through_demand_possessive_odds(void **state)
{
    static const char *const asked[] = {
        "Syria ignored the Iranian demand for Turkey to attack Iraq.",
        "Syria wants to encourage its army to attack Iraq.", NULL};
    got g;
    size_t k, t;
    for (t = 0; asked[t]; t++) {
        run(state, asked[t], &g);
        assert_int_equal(rel_with_code(&g, "190"), g.n);
        for (k = 0; k < g.n; k++)
            if (!strcmp(g.type[k], "attack"))
                assert_string_equal(g.modality[k], "demanded");
    }
    coded_in(state, asked[0], "101", 1);
    /* (the group the one asked stands for before "to", as before a
     * "that" clause's verb: ex_after_group; was an asserted 190) */
    run(state, "Sweden urged its European Union partners to attack Iraq.",
        &g);
    assert_int_equal(rel_with_code(&g, "190"), g.n);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "attack"))
            assert_string_equal(g.modality[k], "demanded");
    run(state, "Syria has little chance of persuading Turkey to attack Iraq.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(!g.cameo[k][0] ||
                    !strcmp(g.modality[k], "hypothetical"));
}

/* "aid worker Margaret Hassan, kidnapped in Iraq": a hostile participle
 * set off after a name, with no object, is a passive (the actor only from
 * "by"); "<company>, of London, agreed": a place after "of" between
 * commas is no subject. */
static void appositive_passive_and_place_of(void **state)
{
    got g;
    run(state, "Syria freed the Turkish army, attacked in Iraq.", &g);
    assert_int_equal(rel_with_code(&g, "190"), g.n);
    run(state, "Syria freed the Turkish army, attacked by Iran.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
    assert_string_equal(g.subj[rel_with_code(&g, "190")], "x_iran");
    coded_in(state, "<Rand Ltd>, of Turkey, attacked Iraq.", "190", 0);
    coded_in(state, "The Turkish army, Ali, attacked Iraq.", "190", 1);
}

/* "talks aimed at resolving a dispute", "a move designed to put pressure
 * on Kenya": a thing's purpose is no act done or announced. */
static void purpose_aimed_at_designed_to(void **state)
{
    coded_in(state, "Syria began a drive aimed at attacking Iraq.", "190", 0);
    coded_in(state, "Syria made a move designed to attack Iraq.", "190", 0);
    coded_in(state, "Syria began attacking Iraq.", "190", 1);
}

/* "want the EU budget to be capped": a name that only modifies the noun
 * a "* to" appeal pattern asks is no one asked; "other G8 nations to" and
 * a plain name are. */
static void appeal_gap_modifier(void **state)
{
    coded_in(state, "Syria wishes the Iraq budget to rise.", "020", 0);
    coded_in(state, "Syria wishes other Iraq nations to rise.", "020", 1);
    coded_in(state, "Syria wishes Iraq to rise.", "020", 1);
    /* (an adverb after the name keeps it, ex_is_adverb: "again" too;
     * "supply" is a noun) */
    coded_in(state, "Syria wishes Iraq again to rise.", "020", 1);
    coded_in(state, "Syria wishes the Iraq supply to rise.", "020", 0);
    coded_in(state, "Syria wishes the Iraq resupply to rise.", "020", 0);
    coded_in(state, "Syria wishes the Iraq oversupply to rise.", "020", 0);
}

/* "exempt Canada from provisions in a trade bill being considered by the
 * U.S. Congress": a plain noun right before "being" is what the passive
 * acts on, not a name further back; a name right before it is. */
static void passive_being_of_plain_noun(void **state)
{
    coded_in(state,
             "Turkey exempted Syria from rules in a bill being attacked by "
             "Iraq.",
             "190", 0);
    coded_in(state, "Turkey spoke of Syria being attacked by Iraq.", "190", 1);
}

/* "rejected calls by the United States": the one refused is who asked,
 * named after the noun of asking ("by", "from", "of"); "threatened to
 * ban" is a threat (131), "will ban" a rejection as said. */
static void refusals_reach_the_asker(void **state)
{
    got g;
    run(state, "Syria rejected calls by the United States to hold talks.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "reject", "USA", "125"); /* talks refused */
    run(state, "Sweden rejected the repeated requests from Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "120");
    /* (and the requests were Turkey's, made of Sweden: kept without a
     * code, the refusal being the event; received, they are one) */
    expect_rel(&g, 1, "TUR", "request", "SWE", "");
    run(state, "Sweden received the repeated requests from Turkey.", &g);
    for (size_t k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "request"))
            expect_rel(&g, k, "TUR", "request", "SWE", "020");
    /* (not any noun: a plan is no request) */
    run(state, "Sweden rejected the plan of Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey threatened to ban Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "block", "SWE", "131");
    run(state, "Turkey will ban Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "block", "SWE", "1246");
}

/* "protested in Aleppo against Russia": a place phrase between a verb
 * and its entry's preposition says where; the entry is read past it and
 * the place is not whom. */
static void entries_read_past_a_place(void **state)
{
    got g;
    run(state, "Syrians protested in Aleppo against Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "RUS", "141");
    run(state, "Turks protested in the capital Ankara against Russia.", &g);
    assert_int_equal(g.n, 0); /* (no place right after "in the") */
    run(state, "Syrians protested in Moscow against Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "RUS", "141");
}

/* "Russia's army attacked Syria": the "'s" of a name is no "is", so the
 * verb after it is active ("was also attacked by" stays passive). */
static void possessive_s_is_no_passive(void **state)
{
    got g;
    run(state, "Russia's army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "attack", "SYR", "190");
    run(state, "Syria was also attacked by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
}

/* "went on hunger strike to demand the resignation of X": a protest
 * with no object is aimed at the one the demand is made of, with the
 * sub-code of what is demanded (1421); an actor inside what is demanded
 * is no target ("the right of Russians to vote"). */
static void protests_aim_at_whom_they_demand_of(void **state)
{
    got g;
    run(state, "Turkish protesters went on hunger strike to demand the "
               "resignation of President Putin.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "person_vladimir_putin", "1421");
    run(state, "Turkish protesters went on hunger strike to demand that "
               "Russia free them.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "RUS", "142");
    run(state, "Turkish protesters went on hunger strike to demand the "
               "right of Russians to vote.",
        &g);
    assert_int_equal(g.n, 0);
    /* the demand is the protest's aim: one event, no second demand by
     * the place they marched in */
    run(state, "Thousands of Syrians marched in Damascus demanding the "
               "resignation of President Putin.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "person_vladimir_putin", "1411");
}

/* The code-book phrasings of issue 6 (roots 11-20): "voiced strong
 * disapproval of Russia's plan" (110); "took to the streets to demand that
 * Russia ..." (141, aimed at the one the demand is made of). */
static void disapproval_and_street_protests(void **state)
{
    got g;
    run(state, "Turkey voiced strong disapproval of Russia's plan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "RUS", "110");
    run(state, "Turkish protesters took to the streets to demand that "
               "Russia free them.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "RUS", "141");
}

/* "carried out a visit to Syria", "carried out attacks on": "carry out"
 * is a light verb as "carry" is. */
static void carry_out_is_a_light_verb(void **state)
{
    got g;
    run(state, "Russia carried out visits to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "visit", "SYR", "042");
}

/* "exchanged gunfire with Pakistani troops": small-arms fighting (193),
 * not an exchange of prisoners or goods. */
static void gunfire_exchanged(void **state)
{
    got g;
    run(state, "The Turkish army exchanged gunfire with Syrian rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "fight", "SYR_REB", "193");
}

/* "extradited the Russian businessman to the United States": with a
 * person or a bare nationality as direct object, the entry's
 * prepositional object is the party (the receiving state). */
static void extradited_to_the_receiving_state(void **state)
{
    got g;
    run(state, "Turkey extradited the Russian businessman to the United "
               "States.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "extradite", "USA", "063");
    run(state, "Turkey extradited him to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "extradite", "SYR", "063");
    /* no receiver named: the nationality stays the object */
    run(state, "Turkey extradited two Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "extradite", "SYR", "063");
}

/* "offer subsidized U.S. wheat to the Soviet Union", "supplied U.S.
 * computers to Iran": a state that only names the thing given is no
 * party; the one after "to" is (an offer takes "to" though its entry
 * names no preposition).  A state right before the thing with no "to"
 * after it stays the one offered it ("offered Syria wide-ranging
 * access"). */
static void state_naming_the_thing_given(void **state)
{
    got g;
    run(state, "Sweden offered subsidized U.S. wheat to Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "offer", "RUS", "030");
    run(state, "Sweden offered German goods to Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "offer", "RUS", "030");
    run(state, "Sweden supplied U.S. computers to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "supply", "SYR", "072");
    run(state, "Sweden offered Syria wide-ranging access to its markets.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "offer", "SYR", "030");
}

/* "Russia told Syria that it would help": "it" is the teller, and an
 * intention stated to someone with no other party is one toward the one
 * told (033); with a party of its own the act keeps it. */
static void intentions_told_to_someone(void **state)
{
    got g;
    run(state, "Russia told Syria that it would help.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Russia told Syria it would attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", "138");
    /* a long name of the one told, or a day after it, is no party */
    run(state,
        "Russia told the Democratic Republic of the Congo that it would "
        "help.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "COD", "033");
    run(state, "Russia told Syria on Monday that it would help.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");
    /* (the day is not counted in how near the intent stands) */
    run(state, "Russia told the Syrian government on Monday that it would "
               "help.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");
    /* another's report after the clause leaves the teller's intent */
    run(state, "Russia told Syria it would help, Turkey said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid", "SYR", "033");
    assert_string_equal(g.modality[0], "intended");
    /* the one told after "signalled to", with a word describing it, and
     * the "its" of the teller's clause: still the teller */
    run(state, "Russia signalled to the visiting Syrian envoy that it would "
               "attack Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TUR", NULL);
    run(state, "Russia told Syria that it would step up its criticism of "
               "Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", NULL);
}

/* A visit received is hosted (043): "received Erdogan in Aleppo",
 * "welcomed Erdogan to Aleppo"; a thing received or a welcome with no
 * place the guest comes to stays what it was. */
static void visits_received_are_hosted(void **state)
{
    got g;
    run(state, "Putin received Erdogan in Aleppo.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "host",
               "person_recep_tayyip_erdogan", "043");
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "visit", "RUS", "042");
    run(state, "Putin welcomed Erdogan to Aleppo on Monday.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "host",
               "person_recep_tayyip_erdogan", "043");
    run(state, "Putin welcomed Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "praise", NULL, "051");
    run(state, "Putin received Erdogan's letter.", &g);
    assert_int_equal(g.n, 0);
}

/* Aid sent to a place's people ("to flood victims in Aleppo", "to the
 * families of the dead in Syria") goes to the place (coded as its
 * state); aid to something else in a place does not. */
static void aid_to_people_in_a_place(void **state)
{
    got g;
    run(state, "Turkey sent aid to flood victims in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "place_syr_aleppo", "070");
    run(state, "Turkey sent aid to the families of the dead in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
    run(state, "Turkey sent aid to its factories in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* more goods listed after the entry's own do not hide the receiver */
    run(state, "Turkey sent aid, tents and medicine to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
    /* a count right after the entry's preposition is the party's, as it
     * is after a verb ("detained dozens of journalists") */
    run(state, "Turkey sent aid to thousands of Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
    run(state, "Turkey sent aid to 300 Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "aid", "SYR", "070");
}

/* A curfew lifted by a sector of a country with no party named is lifted
 * for its own country (TURGOV -> TUR); so is one lifted by the country
 * named bare, its own government (TUR coded TURGOV -> TUR). */
static void curfews_lifted_for_own_country(void **state)
{
    got g;
    run(state, "Erdogan lifted the curfew on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "ease_sanctions", "TUR",
               "0813");
    run(state, "Turkey lifted the curfew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "TUR", "0813");
    assert_string_equal(g.code[0], "TURGOV");
}

/* A people driven over the border is expelled en masse (201); troops that
 * drive across it name no one driven. */
static void people_driven_across_the_border(void **state)
{
    got g;
    run(state,
        "Turkish troops drove tens of thousands of Kurds across the border "
        "into Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "mass_violence", "KURDS", "201");
    run(state, "Turkish tanks drove across the border into Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "waged a campaign of atrocities against villagers": a campaign of
 * violence leaves the act to the verb's subject, as "a series of" does;
 * "a campaign of defiance" does not (there the acts are no violence). */
static void campaign_of_violence_is_the_subjects(void **state)
{
    got g;
    run(state, "The Taliban waged a campaign of atrocities against Kurds.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TALIBAN", "mass_violence", "KURDS", "200");
}

/* "striking workers" are people on strike: no strike (190) on them;
 * "striking Syria" is one. */
static void striking_workers_are_no_target(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey warned striking Syrian workers on Monday.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "19", 2));
    run(state, "Russian jets pounded the rebels, striking Syria overnight.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.obj[k], "SYR"))
            break;
    assert_true(k < g.n);
}

/* "the country made striking gains under an austerity program": the
 * adjective after a verb of making, an article or "most" is no strike;
 * a participle after its subject still strikes (prec18b; read by fin18's
 * ex_market_sense since the merge). */
static void striking_as_an_adjective(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey made striking gains against Syria.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(g.cameo[k][0] == '1' && g.cameo[k][1] >= '4');
    run(state, "Turkish jets were striking targets in Syria.", &g);
    for (k = 0; k < g.n; k++)
        if (!strncmp(g.cameo[k], "19", 2))
            break;
    assert_true(k < g.n);
}

/* Words of protest in their market or plain sense make no event:
 * "striking gains" (an adjective of note), "free traders" (no one
 * freed), a price "rally" told among contracts and profits; a rally of
 * people against a government stays a protest (ex_market_sense; the
 * fixture has no verb "free", so its sentence guards only against a
 * release the fixture would code, as the shipped lexicon did on
 * reuters21578). */
static void market_senses_are_no_events(void **state)
{
    got g;
    size_t k;
    run(state,
        "Turkey's central bank said in a report the country made striking "
        "gains last year under an austerity plan.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "14", 2));
    run(state,
        "Turkish lawmakers face a fight between protectionists and free "
        "traders over a new tariff bill.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "084", 3));
    run(state,
        "Some Turkish farmers sold contracts to take profits after the "
        "extended rally, which has seen the June contract soar to 70 cents "
        "a pound.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "14", 2));
    /* (trading in shares halted is a market's halt, no embargo nor a
     * merchants' boycott; trade halted with a state stays one) */
    run(state, "Turkish merchants halted trading in their shares with Syria.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "14", 2) ||
                     !strncmp(g.cameo[k], "16", 2));
    run(state, "Turkey halted trade with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sanction", "SYR", "163");
    /* the protests themselves stay */
    run(state, "Turkish farmers held a rally against the government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_AGR", "protest", "TUR", "141");
    run(state, "Turkish workers are striking against the government.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "143");
}

/* Business copy's market words make no event: "inflationary pressure"
 * is the market's, no coercion; liquidity offered is a central bank's
 * money-market operation, no offer or aid; "after the London close" names
 * the hours of a market, no government (ex_market_sense,
 * ex_trading_hours).  Pressure, offers and capitals otherwise stay. */
static void market_forces_are_no_actors(void **state)
{
    got g;
    size_t k;
    run(state, "Syria put inflationary pressure on Turkey.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia stepped up pressure on Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "coerce", "TUR", "170");
    run(state,
        "The Turkish central bank offered German banks liquidity at a fixed "
        "rate of 3.80 pct.",
        &g);
    assert_int_equal(g.n, 0);
    run(state,
        "The Turkish central bank offered German banks credit at a fixed "
        "rate of 3.80 pct.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "030");
    run(state,
        "The dollar fell after the London close on selling, as dealers "
        "condemned Sweden.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "GBR") || !strcmp(g.obj[k], "GBR"));
    run(state, "London will meet France today.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR", NULL, "FRA", "036");
}

/* A clash "over" an issue in a sentence of no violence is a quarrel, no
 * fight (ex_verbal_clash); troops clashing with rebels, or a clash over
 * land that leaves the dead, stay fights. */
static void clash_over_an_issue_is_no_fight(void **state)
{
    got g;
    size_t k;
    run(state, "Britain clashed with Turkey over trade.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "19", 2));
    run(state,
        "Britain and Turkey clashed today over British demands for access "
        "to the Ankara bourse.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "19", 2));
    run(state, "Turkish troops clashed with Syrian rebels over the weekend.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "fight", "SYR_REB", "190");
    run(state,
        "Turkish soldiers clashed with Syrian rebels over a border post, "
        "leaving five dead.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "190"))
            break;
    assert_true(k < g.n);
}

/* A firm, a market or its trade "captured" is business won, no capture
 * of people (ex_business_capture); people captured, or a firm captured
 * in a sentence of violence, stay. */
static void business_captured_is_no_arrest(void **state)
{
    got g;
    size_t k;
    run(state, "Turkish carriers captured most of the Syrian market.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "17", 2) ||
                     !strncmp(g.cameo[k], "18", 2));
    run(state, "Syrian traffic is being captured by Turkish carriers.", &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "17", 2) ||
                     !strncmp(g.cameo[k], "18", 2));
    run(state, "Syrian rebels captured two Turkish soldiers.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.subj[0], "SYR_REB");
    run(state, "Syrian rebels captured a Turkish firm in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.subj[0], "SYR_REB");
}

/* "killing nine civilians in a bloody strike at a key ally": a strike
 * after a word of bloodshed is the attack told again, no stoppage of
 * work by its victims (ex_bloody_strike); workers on strike stay. */
static void bloody_strike_is_no_labour_strike(void **state)
{
    got g;
    size_t k;
    run(state,
        "Syrian rebels detonated a bomb in Ankara, killing nine Turkish "
        "civilians in a bloody strike at a key Russian ally.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strncmp(g.cameo[k], "14", 2));
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.cameo[k], "1823"))
            break;
    assert_true(k < g.n);
    run(state, "Syrian workers went on strike at a Turkish factory.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "143");
}

/* The fight that aid is asked for ("asked for weapons to help it fight
 * X", "wants helicopters from Y to fight X") is its purpose, no act; arms
 * used to attack ("used helicopters to attack") are an attack. */
static void fights_aid_is_asked_for(void **state)
{
    got g;
    size_t k;
    run(state, "Syria asked Russia for more weapons to help it fight the "
               "Taliban.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "190"));
    run(state, "Syria wants more helicopters from Russia to fight the "
               "Taliban.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "190"));
    /* (past a particle: "to step up attacks", "to carry out attacks") */
    run(state, "Syria asked Russia for more weapons to step up attacks on "
               "the Taliban.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "190"));
    run(state, "Russia used helicopters to attack the Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "TALIBAN", "190");
}

/* A nuclear device set off with no party named is a test at home
 * (2042), coded at the country itself, as the code book codes it (IND ->
 * IND), from a country named bare too; a place kg codes for no one ("in
 * the Chagai hills") is no party, and a named target stays the target. */
static void nuclear_tests_at_home(void **state)
{
    got g;
    run(state, "North Korea conducted its sixth nuclear test on Sunday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "PRK", "wmd", "PRK", "2042");
    run(state, "France detonated five nuclear devices in the Mururoa atoll.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", "wmd", "FRA", "2042");
    run(state, "The Russian army conducted a nuclear test.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", "wmd", "RUS", "2042");
    run(state, "Russia detonated a nuclear device in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "wmd", "SYR", "2042");
    /* (a test that answers another country is aimed there, not kept at
     * home, nor at a place at home; the country that only reports it is
     * no such party) */
    run(state, "North Korea answered Israel by conducting a nuclear test.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "PRK", "wmd", "ISR", "2042");
    run(state, "France detonated five nuclear devices in the Mururoa atoll, "
               "answering Israel's tests.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "FRA", "wmd", "ISR", "2042");
    run(state, "North Korea conducted a nuclear test, Seoul said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "PRK", "wmd", "PRK", "2042");
}

/* "Sri Lanka lifted the curfew", "Turkey ended the state of emergency":
 * a country named bare acting on its own land (a curfew, martial law, an
 * emergency) is its government, one node with the country (LKA coded
 * LKAGOV -> LKA); not its people ("Sri Lankans"), and not another act. */
static void curfews_by_a_bare_country(void **state)
{
    got g;
    run(state, "Syria lifted the curfew in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ease_sanctions", "SYR", "0813");
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "Syria imposed a curfew on Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "restrict", "place_syr_aleppo", "1723");
    assert_string_equal(g.code[0], "SYRGOV");
    run(state, "Syrians lifted the curfew.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey lifted the curfew in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TUR");
    run(state, "Washington lifted remaining restrictions.", &g);
    assert_int_equal(g.n, 0);
    /* "in its mainly Kurdish southeast": a place or people kg codes for
     * no one is still at home */
    run(state, "Syria lifted the curfew in the mainly Kurdish north.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ease_sanctions", "SYR", "0813");
    run(state, "Syria lifted the curfew in the Kodori gorge.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ease_sanctions", "SYR", "0813");
}

/* A comment withheld ("would not comment on", "had no comment on") is
 * CAMEO's decline to comment (011), not a negated statement (010). */
static void comments_withheld_are_declined(void **state)
{
    got g;
    run(state, "Russia would not comment on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "decline_comment", "SYR", "011");
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia had no comment on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "decline_comment", "SYR", "011");
    assert_int_equal(g.negated[0], 0);
    run(state, "Russia commented on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "comment", "SYR", "010");
    /* a comment that could not be asked for or given is none, and no
     * refusal (ex_comment_out_of_reach) */
    run(state, "Erdogan could not be reached for comment on Syria.", &g);
    assert_int_equal(rel_with_code(&g, "011"), g.n);
    assert_int_equal(rel_with_code(&g, "010"), g.n);
    run(state, "Russia was unable to comment on Syria.", &g);
    assert_int_equal(rel_with_code(&g, "011"), g.n);
}

/* Harm an actor's own side did, admitted ("Israel admitted that its
 * soldiers had killed"), is the admission CAMEO codes (015), with the
 * act's subject and target; harm by another country's forces stays the
 * act. */
static void admitted_harm_is_claimed(void **state)
{
    got g;
    run(state, "Israel admitted that its soldiers had killed Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", "claim_responsibility", "SYR", "015");
    run(state, "Israel admitted on Monday that its soldiers killed Syrians.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", "claim_responsibility", "SYR", "015");
    run(state, "Israel admitted that Russian soldiers had killed Syrians.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "kill", "SYR", "190");
}

/* A comment's topic opened by the entry's own "on" names its party
 * inside it ("the talks with Syria"); a that-clause after it does not. */
static void comment_topic_names_the_party(void **state)
{
    got g;
    run(state, "Russia commented on the talks with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "comment", "SYR", "010");
    run(state, "Russia commented on the situation in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "comment", "SYR", "010");
    run(state, "Russia commented on reports that Syria had fired.", &g);
    assert_int_equal(g.n, 0);
    /* an international organisation's comment has any country's party;
     * a subject with no code has none */
    run(state, "NATO commented on the situation in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "NATO", "comment", "SYR", "010");
    run(state, "Reporters Without Borders commented on the situation in "
               "Syria.", &g);
    assert_int_equal(g.n, 0);
    /* the act a denial of responsibility is about ("for", "in") */
    run(state, "Russia denied any role in the killing of Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deny", "SYR", "016");
    run(state, "Russia denied responsibility for the attacks, saying Syria "
               "fired.", &g);
    assert_int_equal(g.n, 0);
}

/* Police deployed by a sector of a country in its own capital (153) are
 * a domestic act, kept as an edge to the country (TURGOV -> TUR, as a
 * curfew is); the country's own act has none. */
static void police_deployed_at_home(void **state)
{
    got g;
    run(state, "The Turkish government deployed riot police in Ankara.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mobilize_police", "TUR", "153");
    assert_true(strstr(g.json[0], "\"code\":\"TURGOV\"") != NULL);
    run(state, "Turkey deployed riot police in Ankara.", &g);
    assert_int_equal(g.n, 0);
}

/* "against the rebel-held town of Aleppo": the place named after "the
 * (...) town of" right after the entry's preposition is the object. */
static void town_of_after_preposition(void **state)
{
    got g;
    run(state, "Syria used chemical weapons against the rebel-held town of "
               "Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "wmd", "place_syr_aleppo", "2041");
    run(state, "Syria used chemical weapons against the town of Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "wmd", "place_syr_aleppo", "2041");
}

/* A curfew imposed by a sector of a country with no party named is
 * imposed on its own country, as one lifted is (TURGOV -> TUR). */
static void curfews_imposed_on_own_country(void **state)
{
    got g;
    run(state, "Erdogan imposed a nationwide curfew on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "restrict", "TUR",
               "1723");
    /* ("Pakistan imposed martial law": the country is its state here,
     * and the act is domestic, TUR -> TUR, the one edge kept from a
     * country's node to itself) */
    run(state, "Turkey imposed a curfew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "restrict", "TUR", "1723");
    run(state, "Turkey imposed a curfew in Ankara.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "restrict", "TUR", "1723");
    /* (other acts of a country on itself stay out) */
    run(state, "Turkey banned the party.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Erdogan imposed a curfew on Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "restrict", "SYR",
               "1723");
    /* a party banned (1722) the same way, a name kg has no code for
     * being no party of the act */
    run(state, "Erdogan banned the party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "ban", "TUR", "1722");
    run(state, "Erdogan banned Ahmet Kaya's party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "ban", "TUR", "1722");
    /* "in" a date says when, not where ("imposed a curfew in 2022") */
    run(state, "Erdogan imposed a nationwide curfew in 2022.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "restrict", "TUR",
               "1723");
    run(state, "Turkey imposed a curfew in March 2022.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "restrict", "TUR", "1723");
    /* "in" a part of the land no actor names: still the own country's
     * ("a curfew in three southern provinces", "in the south") */
    run(state, "Erdogan imposed a curfew in three southern provinces.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "restrict", "TUR",
               "1723");
}

/* A demand for reform or rights by a part of a country (its opposition,
 * its activists) that names no party is made of its own country
 * (EGYOPP -> EGY), as a curfew lifted is; a protest's aim ("marched,
 * demanding reform", "went on strike to demand") stays the protest's. */
static void reform_demands_of_own_country(void **state)
{
    got g;
    run(state, "The Turkish opposition demanded sweeping reform.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_OPP", "demand", "TUR", "104");
    run(state, "Syrian protesters demanded the resignation.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "demand", "SYR", "1041");
    /* a party named is the one asked */
    run(state, "The Turkish opposition demanded reform from Germany.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_OPP", "demand", "DEU", "104");
    /* the aim of a gathering, a protest (14), not a demand of its own */
    run(state, "Turkish protesters gathered to demand reform.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", "1412");
    run(state, "Turkish protesters gathered in Ankara, demanding reform.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", "TUR", NULL);
    /* the place the protest stood in yields to the one the demand is
     * made of: one 1441 event, no 144 and 1041 beside it */
    run(state, "Turkish protesters blocked roads in Ankara, demanding that "
               "Erdogan resign.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_CVL", "protest", NULL, "1441");
    assert_non_null(strstr(g.json[0], "\"code\":\"TURGOV\""));
}

/* A headline drops the article: "Turkish prime minister praised Syria"
 * opening a sentence is the office (TURGOV), as "the Turkish prime
 * minister" is, not the country; no person named before is read there. */
static void headline_demonym_office(void **state)
{
    got g;
    run(state, "Turkish prime minister praised Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "SYR", "051");
    assert_string_equal(g.code[0], "TURGOV");
    /* (mid-sentence with no article it stays the country) */
    run(state, "Yesterday Turkish officials praised Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TUR");
}

/* A leader's or a government's promise of reform, of a change of leader,
 * policy, rights or institutions (034x) that names no party is made to
 * its own country (TURGOV -> TUR), as a demand for reform is made of it;
 * a party named is the one promised, and a country named bare keeps no
 * edge to itself. */
static void reform_promises_to_own_country(void **state)
{
    got g;
    run(state, "The Turkish prime minister offered to resign.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "pledge", "TUR", "0341");
    assert_string_equal(g.code[0], "TURGOV");
    run(state, "The Syrian president promised political reforms.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "pledge", "SYR", "034");
    /* a party named is the one promised */
    run(state, "The Syrian president promised reforms to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "pledge", "TUR", "034");
    /* a country named bare: no edge to itself */
    run(state, "Syria promised reforms.", &g);
    assert_int_equal(g.n, 0);
    /* a yielding act (083x) stated as an intent is such a promise
     * (0341); done, with no party named, a leader's resignation
     * (0831) is yielded to his own country, as the code book codes it */
    run(state, "Erdogan said he would step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "yield", "TUR",
               "0341");
    assert_string_equal(g.code[0], "TURGOV");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Erdogan stepped down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "yield", "TUR",
               "0831");
    /* reform done (083) that is only promised is a promise of reform,
     * made at home the same way */
    run(state, "The Syrian government pledged on Monday to carry out "
               "political reforms.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "SYR", "034");
    assert_string_equal(g.modality[0], "intended");
    run(state, "The Syrian president promised to carry out reforms.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "SYR", "034");
    /* (done, it names no party: no edge) */
    run(state, "The Syrian government carried out reforms.", &g);
    assert_int_equal(g.n, 0);
    /* promised, it stays at home past a preposition naming no one kg
     * codes, and past a body kg gives no code */
    run(state, "The Syrian president promised to transfer some of his "
               "powers to an elected prime minister.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "SYR", "0341");
    run(state, "Erdogan said he would reinstate the dissolved House of "
               "Representatives.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", NULL, "TUR", "0344");
    /* (a government named by its country too, as a promise with no
     * party is: was an edge to the uncoded body) */
    run(state, "The Turkish government promised to reinstate the dissolved "
               "House of Representatives.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "TUR", "0344");
}

/* "the Syrian government lifted the curfew": a government named by its
 * country is the country's node, yet a curfew, martial law or emergency
 * is a domestic event CAMEO codes (SYRGOV -> SYR), the one edge kept from
 * a node to itself; other acts of that node on itself stay out. */
static void curfews_by_a_government_named_by_its_country(void **state)
{
    got g;
    run(state, "The Syrian government lifted the curfew.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ease_sanctions", "SYR", "0813");
    assert_string_equal(g.code[0], "SYRGOV");
    assert_non_null(strstr(g.json[0], "\"object\":{\"id\":\"SYR\""));
    run(state, "The Syrian government imposed a curfew on Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "restrict", "SYR", "1723");
    /* (so is a party banned or a freedom restricted, 1721, 1722: "the
     * Russian government shut down the radio station") */
    run(state, "The Syrian government banned the party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "ban", "SYR", "1722");
    /* (restrictions in general are as often eased for another party) */
    run(state, "Washington lifted remaining restrictions.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Washington criticized the United States.", &g);
    assert_int_equal(g.n, 0);
}

/* "imposed a curfew in Damascus", "attacked a hotel in Kabul": a capital
 * after a preposition of place is the city, coded as its country (SYR),
 * not its government; "called on Damascus" still addresses it. */
static void capitals_as_places(void **state)
{
    got g;
    run(state, "Syrian police imposed a curfew in Damascus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_COP", "restrict", "SYR", "1723");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYR\""));
    run(state, "Russia bombed a hotel in Kabul.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"AFG\""));
    assert_null(strstr(g.json[0], "AFGGOV"));
    /* (a possessive names the state: "bases in Kabul's hands") */
    run(state, "Russia bombed the bases in Kabul's hands.", &g);
    assert_true(g.n >= 1);
    assert_null(strstr(g.json[0], "\"code\":\"AFG\""));
    run(state, "Turkey called on Damascus to withdraw.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", NULL);
    assert_non_null(strstr(g.json[0], "SYRGOV"));
}

/* "lifted the curfew in Aleppo": a curfew, restriction or blockade is
 * aimed at the place it holds in (entries list "in" with "on"). */
static void curfews_in_places(void **state)
{
    got g;
    run(state, "Turkey lifted the curfew in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "ease_sanctions", "place_syr_aleppo", "0813");
}

/* Kosovo has no ISO code: a state of historical_states.tsv with no end
 * (PETRARCH's KSV), a country like any other: its capital is its
 * government. */
static void kosovo_is_a_country(void **state)
{
    got g;
    run(state, "Turkey condemned Kosovo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "KSV", "111");
    run(state, "Pristina accused Russia of meddling.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "KSV", "accuse", "RUS", "112");
    assert_string_equal(g.code[0], "KSVGOV");
}

/* Plain "Congo" is the Democratic Republic (news usage since 1997), the
 * Republic of Congo in a document dated before 1997-05-17 or naming only
 * the Republic (here by its capital). */
static void congo_by_date_and_document(void **state)
{
    got g;
    const char *t = "Turkey accused Congo of meddling.";
    run(state, t, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "COD", "112");
    run_dated(state, t, "1990-05-12", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "COG", "112");
    run(state, "Turkey accused Congo of meddling. Brazzaville denied it.",
        &g);
    expect_rel(&g, 0, "TUR", "accuse", "COG", "112");
    run(state, "Turkey accused Congo of meddling. Brazzaville and Kinshasa "
               "denied it.",
        &g);
    expect_rel(&g, 0, "TUR", "accuse", "COD", "112");
}

/* States that no longer exist (historical_states.tsv): "Moscow" is the
 * Soviet government in a document dated before 1991-12-26 and Russia's
 * after it or without a date; "Soviet" is the Soviet Union at every
 * date, and East Berlin East Germany's government. */
static void soviet_union_by_date(void **state)
{
    got g;
    const char *t = "Moscow accused Washington of meddling.";
    const char *dates[] = {"1987-03-01", "1991-12-26", NULL};
    const char *want[] = {"SUNGOV", "RUSGOV", "RUSGOV"};
    size_t k;
    for (k = 0; k < 3; k++) {
        run_dated(state, t, dates[k], &g);
        assert_int_equal(g.n, 1);
        assert_string_equal(g.code[0], want[k]);
    }
    run(state, "The Soviet Union accused Turkey of meddling.", &g);
    expect_rel(&g, 0, "SUN", "accuse", "TUR", "112");
    run(state, "Soviet forces attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SUNMIL");
    run(state, "East Berlin accused Turkey of meddling.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "DDRGOV");
}

/* Soviet offices (people.tsv rows in SUN): Gorbachev is the Soviet
 * government while in office (and undated: his latest office), the
 * Soviet Union after it; the Supreme Soviet is one name, not "Supreme"
 * and the demonym "Soviet". */
static void soviet_leaders_and_bodies(void **state)
{
    got g;
    const char *t = "Gorbachev accused Turkey of meddling.";
    const char *dates[] = {"1987-03-01", "2004-06-01", NULL};
    const char *want[] = {"SUNGOV", "SUN", "SUNGOV"};
    size_t k;
    for (k = 0; k < 3; k++) {
        run_dated(state, t, dates[k], &g);
        assert_int_equal(g.n, 1);
        assert_string_equal(g.code[0], want[k]);
    }
    run(state, "The Supreme Soviet accused Turkey of meddling.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SUPREME_SOVIET", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "SUNGOVLEG");
}

/* The Taliban's government is Afghanistan's from 2021-08-15 (the group
 * before it, and in undated documents). */
static void ruling_group_by_date(void **state)
{
    got g;
    const char *t[] = {"The Taliban government accused Turkey.",
                       "The Taliban-led government accused Turkey.",
                       "Taliban authorities accused Turkey."};
    size_t k;
    for (k = 0; k < 3; k++) {
        run_dated(state, t[k], "2022-03-01", &g);
        assert_int_equal(g.n, 1);
        expect_rel(&g, 0, "AFG", "accuse", "TUR", "112");
        assert_string_equal(g.code[0], "AFGGOV");
        run_dated(state, t[k], "2001-03-01", &g);
        assert_int_equal(g.n, 1);
        expect_rel(&g, 0, "TALIBAN", "accuse", "TUR", "112");
        assert_string_equal(g.code[0], "AFGREB");
    }
    run(state, "Taliban fighters accused Turkey.", &g);
    assert_string_equal(g.code[0], "AFGREB");
}

/* A title of one state's office (titles.tsv's country) gives that state
 * when nothing names another: "the Chancellor of the Exchequer" alone is
 * Britain's government, a name after it Britain's official.  A title of
 * several states' offices ("Agriculture Secretary") gives none, and an
 * article about another country that never names the title's keeps it
 * from that state. */
static void titles_of_one_state(void **state)
{
    got g;
    run(state, "The Chancellor of the Exchequer accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "GBRGOV");
    run(state, "Chancellor of the Exchequer Gordon Smith accused Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_gordon_smith", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "GBRGOV");
    run(state, "Gordon Smith, the chancellor of the exchequer, accused "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "GBRGOV");
    run(state, "Agriculture Secretary Ann Veneman accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "x_ann_veneman", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "");
    /* an article about Syria: its own chancellor, perhaps */
    run(state, "Syria met Russia. Syria accused Turkey. Chancellor of the "
               "Exchequer Gordon Smith accused Turkey.",
        &g);
    assert_int_equal(g.n, 3);
    expect_rel(&g, 2, "x_gordon_smith", "accuse", "TUR", "112");
    assert_string_equal(g.code[2], "");
    run(state, "Syria met Russia. Syria accused Britain. Chancellor of the "
               "Exchequer Gordon Smith accused Turkey.",
        &g);
    assert_string_equal(g.code[2], "GBRGOV");
}

/* "a British-Turkish aid worker": two demonyms joined before a noun for
 * one person of a civil sector are one person of two nationalities, coded
 * with the compound's head (the last), or with the first when the
 * sentence names the last as another actor; joint acts ("Russian-Turkish
 * fighters") stay two countries. */
static void dual_nationals(void **state)
{
    got g;
    run(state, "A Swedish-American journalist accused Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "USA_MED", "accuse", "SYR", "112");
    assert_string_equal(g.code[0], "USAMED");
    run(state, "A Swedish-American journalist accused the United States.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_MED", "accuse", "USA", "112");
    run(state, "Turkey accused a British-Turkish aid worker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "GBR_NGO", "112");
    run(state, "Swedish-American journalists accused Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.subj[0], "USA_MED");
}

/* An NGO of no named country is coded NGO in the record, CAMEO's
 * non-state slot (as NGOHRIAMN), not ---NGO, which no coder's NGO
 * matches; one of a country keeps it (SYRNGO). */
static void ngo_with_no_country(void **state)
{
    got g;
    run(state, "Aid workers accused Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "SYR", "112");
    assert_string_equal(g.code[0], "NGO");
    run(state, "Rights groups accused Syria of torture.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "accuse", "SYR", NULL);
    assert_string_equal(g.code[0], "NGO");
    run(state, "Turkey accused a British-Turkish aid worker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "GBR_NGO", "112");
    assert_true(strstr(g.json[0], "\"code\":\"GBRNGO\"") != NULL);
}

/* "Erdogan and President Ahmed Zaki": a title before an unknown name
 * (not part of its mention) does not break the coordination. */
static void coordinated_titled_names(void **state)
{
    got g;
    run(state, "Erdogan and President Ahmed Zaki accused Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "x_ahmed_zaki", "accuse", "SYR", "112");
    expect_rel(&g, 1, "person_recep_tayyip_erdogan", "accuse", "SYR", "112");
}

/* "Labour Party" (or "Labour party") is Britain's, Israel's in a document
 * about Israel that does not name Britain. */
static void party_names_shared_by_countries(void **state)
{
    got g;
    run(state, "The Labour Party accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "LABOUR_PARTY_UK", "accuse", "TUR", "112");
    run(state, "Israel met Turkey. The opposition Labour Party accused Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "LABOR_PARTY_ISR", "accuse", "TUR", "112");
    assert_string_equal(g.code[1], "ISRPTY");
    run(state, "Israel met Britain. The Labour Party accused Turkey.", &g);
    expect_rel(&g, 1, "LABOUR_PARTY_UK", "accuse", "TUR", "112");
    /* (news writes "Labour party" as often: its own row) */
    run(state, "Israel met Turkey. The opposition Labour party accused Turkey.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "LABOR_PARTY_ISR", "accuse", "TUR", "112");
}

/* "Brussels" acting is the EU (shared_names.tsv, neither = other), as
 * the dev gold codes it; it stays Belgium's in a story that names
 * Belgium, and the city after a preposition of place ("talks in
 * Brussels", "roads into Brussels"). */
static void brussels_is_the_eu(void **state)
{
    got g;
    run(state, "Brussels told Ankara to give way in the dispute over the "
               "independence of its judges.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "EU", "demand", "TUR", "100");
    assert_string_equal(g.code[0], "IGOEUREEC");
    run(state, "Belgium met Turkey. Brussels accused Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "BEL", "accuse", "TUR", "112");
    run(state, "Farmers blocked the main roads into Brussels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, "BEL", NULL);
    run(state, "Turkey accused Brussels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "EU", "112");
    /* a place in a list: "in London and Brussels", "the Paris, Brussels
     * and London exchanges" */
    run(state, "Police in London and Brussels accused Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "BEL", "accuse", "TUR", "112");
    run(state, "Paris, Brussels and London accused Turkey.", &g);
    assert_true(g.n >= 2);
    expect_rel(&g, 1, "BEL", "accuse", "TUR", "112");
    /* (a comma after it that ends a clause is no list) */
    run(state, "Facing pressure from Brussels, Ankara accused Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "accuse", "SYR", "112");
    /* (nor one before it that ends a phrase put first: the preposition
     * is the phrase's) */
    run(state, "In Paris, Brussels accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "EU", "accuse", "TUR", "112");
    run(state, "Police in London, Paris and Brussels accused Turkey.", &g);
    assert_true(g.n >= 3);
}

/* Aid and rights groups from abroad ("international aid workers",
 * "foreign rights groups") in a place are nobody's there: NGO with no
 * country, not the place's (SYRNGO). */
static void foreign_ngos_have_no_country(void **state)
{
    got g;
    run(state, "International aid workers in Syria accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_NGO", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "NGO");
    run(state, "Aid workers in Syria accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRNGO");
}

/* An act told as a noun that is the object of another verb ("condemned
 * the arrest of") is not that verb's subject's act, unless the verb only
 * carries it out ("carried out", "ordered", "signed a loan agreement"). */
static void acts_named_as_objects(void **state)
{
    got g;
    run(state, "Sweden condemned the arrest of Turkish officials.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden welcomed the arrest of Turkish officials.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden carried out the arrest of Turkish officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "arrest", NULL, "173");
    run(state, "Sweden ordered the arrest of Turkish officials.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "arrest", NULL, "173");
}

/* "detained 300 men in Grozny", "set fire to dozens of huts in a
 * village in Chechnya": repression (171x, 173, 175) of a counted many kg
 * codes no actor for falls on the place's state; a span of time is no
 * count of people ("detained three weeks ago in"). */
static void repression_of_counted_many_in_place(void **state)
{
    got g;
    run(state, "Syria detained 300 men in Chechnya.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "arrest", NULL, "173");
    assert_string_equal(g.obj[0], "place_rus_chechnya");
    run(state, "Syria destroyed dozens of huts in Chechnya.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "place_rus_chechnya", "1712");
    run(state, "Syria detained them three weeks ago in Chechnya.", &g);
    assert_int_equal(g.n, 0);
}

/* "Chechen rebels took hostages in Moscow": a simple past form ("took")
 * is no participle, so the actor is no victim of a reduced passive and the
 * place is the target; "rebels held hostage in" stays passive. */
static void simple_past_is_no_reduced_passive(void **state)
{
    got g;
    run(state, "Syrian rebels took hostages in Chechnya.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "abduct", "place_rus_chechnya", "181");
    /* (an -ly noun, not an adverb, ex_is_ly_adverb, may go on the
     * actor's phrase: was TUR kill SYR) */
    run(state, "A Turkish family killed in Syria was buried.", &g);
    assert_int_equal(g.n, 0);
}

/* "detonated a bomb on a bus, killing 19 Israelis": an act of force with
 * no object kg codes struck the victims its toll names; the toll's own
 * killing is not read again.  A toll of plain "people" names no party. */
static void toll_names_party_of_objectless_force(void **state)
{
    got g;
    run(state, "Syria fired missiles, killing 19 Israelis.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "ISR", "195");
    run(state, "Syria fired missiles on Monday, wounding two Israeli soldiers.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, NULL, "195");
    run(state, "Syria fired missiles, killing 19 people.", &g);
    assert_int_equal(g.n, 0);
    /* (the toll in a relative clause: "a bomb that wounded 12 civil
     * guards") */
    run(state, "Syria fired missiles that killed 19 Israelis.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "ISR", "195");
    /* the victims of a passive of harm before "when" (real news,
     * 2026-11-23: "Four Israeli soldiers were killed when Palestinian
     * militants blew up a tunnel") */
    run(state, "Two Israeli journalists were killed when Syria fired "
               "missiles.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "ISR_MED", "195");
    run(state, "Two Israeli journalists were wounded on Monday when Syria "
               "fired missiles.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "ISR_MED", "195");
    run(state, "Two Israeli journalists left when Syria fired missiles.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "set off a roadside bomb as an army convoy passed": the party "as"
 * names passing by is the bombing's target (wire copy's ambush shape);
 * a toll after it names whom the bomb struck, and its killing is not read
 * again as an act of its own (2026-11-22). */
static void bomb_as_party_passed(void **state)
{
    got g;
    run(state,
        "Rebels detonated a bomb as a Turkish army convoy passed "
        "near Diyarbakir on Sunday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", NULL, "TUR_MIL", "183");
    run(state,
        "Rebels set off a roadside bomb as a Turkish army truck passed, "
        "killing two Turkish soldiers.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "UNK_REB", NULL, "TUR", "1833");
}

/* "Sudan expelled Oxfam", "ordered Medecins Sans Frontieres out": an aid
 * agency sent away is 1663; a rights group's people stay deported (174). */
static void expelled_aid_agency(void **state)
{
    got g;
    run(state, "Syria expelled Oxfam.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "OXFAM", "1663");
    run(state, "Syria expelled Reporters Without Borders.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "REPORTERS_WITHOUT_BORDERS", "174");
    /* (inside a pattern's '*', the name after "the British charity" is
     * the one ordered out, not the demonym's country) */
    run(state, "Syria ordered the British charity Oxfam to leave the "
               "country.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "OXFAM", "1663");
}

/* "the opposition Labour Party", "the pro-Kurdish HDP", "members of Boko
 * Haram", "a senior Hamas official": a sector noun in apposition, a stance
 * or rank adjective and "members of" only describe the named object. */
static void objects_described_before_their_names(void **state)
{
    got g;
    run(state, "Turkey praised the opposition Labour Party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "LABOUR_PARTY_UK", "051");
    run(state, "Turkey praised the pro-Western Labour Party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "LABOUR_PARTY_UK", "051");
    run(state, "Turkey praised the main opposition Labour Party.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "LABOUR_PARTY_UK", "051");
    run(state, "Syria attacked members of the Boko Haram.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "BOKO_HARAM", "190");
    /* a figure before "members of" (wire copy's "rounded up 50 members
     * of"): the quantity "50 members" is no object, the group is */
    run(state, "Syria attacked 50 members of the Boko Haram.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "BOKO_HARAM", "190");
    run(state, "Syria attacked 12 supporters of the Boko Haram.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "BOKO_HARAM", "190");
    /* a rank adjective, a word of the office's time */
    run(state, "Syria attacked a senior Boko Haram commander.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "BOKO_HARAM", "190");
    run(state, "Syria praised the newly elected Turkish president.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "praise", NULL, "051");
    /* (an -ly noun before the participle is the same modifier) */
    run(state, "Syria attacked the supply starved Turkish army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", NULL, "190");
    run(state, "Syria praised the visiting Turkish president.", &g);
    assert_int_equal(g.n, 3); /* (and hosted him: 043, his 042) */
    expect_rel(&g, 0, "SYR", "praise", NULL, "051");
    /* (a sector noun alone is still the object) */
    run(state, "Turkey praised the opposition.", &g);
    assert_int_equal(g.n, 1);
}

/* "refused to pull its troops back from X": a refused 08x concession is
 * a refusal to yield (124x) toward the act's object; "refused to join the
 * negotiations with X" a refusal to negotiate (125). */
static void refused_concessions(void **state)
{
    got g;
    run(state, "Russia pulled its troops back from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deescalate", "SYR", "087");
    /* "drew back its forces": the irregular past of a particle entry */
    run(state, "Russia drew back its forces from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deescalate", "SYR", "087");
    run(state, "Russia refused to pull its troops back from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "SYR", "1246");
    run(state, "Russia refused to join the negotiations with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "SYR", "125");
}

/* "withdraw its soldiers from X", "refused to withdraw its army from X":
 * the subject's own organ is the means, X the party. */
static void owned_organs_are_no_party(void **state)
{
    got g;
    run(state, "Russia will withdraw its soldiers from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deescalate", "SYR", "087");
    run(state, "Russia refused to withdraw its army from Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "SYR", "1246");
}

/* "Syrian fighters", "Syrian detainees": agent nouns after a nationality
 * take it with their sector (REB for armed groups' fighters, CVL for
 * people held). */
static void fighters_and_detainees(void **state)
{
    got g;
    run(state, "Syrian fighters attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
    assert_string_equal(g.code[0], "SYRREB");
    run(state, "Turkey attacked Syrian detainees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR_CVL", "190");
}

/* "fighter jets", "jet fighters" are aircraft: the country's military,
 * not the armed groups' "fighters". */
static void fighter_aircraft_are_military(void **state)
{
    got g;
    run(state, "Syrian fighter jets attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    assert_string_equal(g.code[0], "SYRMIL");
    run(state, "Syrian jet fighters attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRMIL");
}

/* "Boko Haram rebels": an armed group followed by an agent noun keeps
 * its own code (its home country); "RSF" is the Rapid Support Forces only
 * in a document about Sudan. */
static void groups_before_agent_nouns(void **state)
{
    got g;
    run(state, "Boko Haram rebels attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "BOKO_HARAM", "attack", "TUR", "190");
    assert_string_equal(g.code[0], "NGAREB");
    run(state, "RSF fighters attacked Turkey in Darfur.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RAPID_SUPPORT_FORCES", "attack", "TUR", "190");
    run(state, "RSF praised Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "REPORTERS_WITHOUT_BORDERS", "praise", "TUR", "051");
}

/* "rallied its allies against Russia" mobilises others (113); "rallied in
 * Aleppo against Turkey" is a street rally, a protest (141), and the
 * place in the gap is no party. */
static void rallies_of_allies_and_streets(void **state)
{
    got g;
    run(state, "Turkey rallied its allies against Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "rally_opposition", "RUS", "113");
    run(state, "Syrians rallied in Aleppo against Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", "protest", "TUR", "141");
}

/* "the arrest of Syrian rebels by Turkey", "the arrest by Turkey of
 * Syrian rebels": a noun's "by" phrase names the actor, its "of" phrase
 * the one acted on, whoever stands before the noun; the condemnation is
 * the actor's. */
static void passive_nominals_with_by(void **state)
{
    got g;
    run(state, "Russia condemned the arrest of Syrian rebels by Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    expect_rel(&g, 1, "TUR", "arrest", "SYR_REB", "173");
    run(state, "The arrest by Turkey of Syrian rebels angered Russia.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "arrest", "SYR_REB", "173");
}

/* “We will attack Syria. We will not stop,” said Erdogan: the first
 * sentence of a quote takes the speaker named where the quote closes. */
static void quotes_attributed_where_they_close(void **state)
{
    got g;
    run(state, "\"We will attack Syria. We will not stop,\" said Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", NULL);
    assert_non_null(strstr(g.json[0], "person_recep_tayyip_erdogan"));
    run(state, "\"We will attack Syria. We will not stop,\" Erdogan said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", NULL);
    /* a quote closed in its own sentence lends nothing to the one before */
    run(state, "We will attack Syria. \"We will not stop,\" said Erdogan.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Neither Russia nor Syria attacked Turkey": "nor" joins the list and
 * what the list did none of its members did (negated for each, so no
 * event); the same for "neither ... nor" objects. */
static void neither_nor_lists(void **state)
{
    got g;
    run(state, "Neither Russia nor Syria attacked Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SYR", "attack", "TUR", "190");
    assert_true(g.negated[0]);
    expect_rel(&g, 1, "RUS", "attack", "TUR", "190");
    assert_true(g.negated[1]);
    run(state, "Turkey attacked neither Russia nor Syria.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "attack", "RUS", "190");
    assert_true(g.negated[0]);
    expect_rel(&g, 1, "TUR", "attack", "SYR", "190");
    assert_true(g.negated[1]);
}

/* "gave $6 billion in aid to Egypt": a verb with no entry of its own
 * reads its '*' entry across the sum; "supplied tanks and missiles to
 * Syria": two things joined before the entry's preposition. */
static void sums_and_joined_things_before_to(void **state)
{
    got g;
    run(state, "Russia gave $2 billion in weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
    run(state, "Russia supplied tanks and missiles to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
    /* (not a second verb after "and": "supplied tanks and visited") */
    run(state, "Russia supplied tanks and visited Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "visit", "SYR", "042");
    /* a sum as the direct object goes to the party after the entry's
     * preposition, as a person moved does */
    run(state, "Russia supplied $5 million to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "SYR", "072");
}

/* Group nouns of issue 6: "Turkish merchants" are the country's business
 * sector, a junta or a military government its military, a defence
 * ministry the government's military side (GOVMIL, as defence
 * ministers). */
static void sectors_of_merchants_and_juntas(void **state)
{
    got g;
    run(state, "Turkish merchants attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_BUS", "attack", "SYR", "190");
    run(state, "Syria's junta attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    run(state, "Syria's military government attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    run(state, "The Russian Defence Ministry accused Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_GOVMIL", "accuse", "TUR", "112");
    assert_string_equal(g.code[0], "RUSGOVMIL");
}

/* "Brazil's federal police", "Iraq's palace guard militia": modifiers
 * between a country word and its group noun; "its army", "the country's army": the owner's, not the
 * country of a place after the noun. */
static void owners_of_sector_nouns(void **state)
{
    got g;
    run(state, "Turkey's federal court accused Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_JUD", "accuse", "SYR", "112");
    /* a unit's two words: "palace guard" */
    run(state, "Syria's palace guard army attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    run(state, "The Syrian Democratic Army attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.subj[0], "SYR_MIL");
    run(state, "Turkey said its army attacked rebels in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", NULL, "190");
    run(state, "Syria said the country's army attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "attack", "TUR", "190");
    /* the subject's own army in a pattern's gap is what moves */
    run(state, "Turkey said it would pull its army out of Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deescalate", "SYR", "0356");
}

/* An unknown name after a bare "opposition" is an opposition party or
 * person of the sentence's country. */
static void names_after_opposition(void **state)
{
    got g;
    run(state, "Syrian rebels attacked opposition leader Omar Haddad.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "x_omar_haddad", "190");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYROPP\""));
    run(state, "The opposition Freedom Front party attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYROPP");
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
}

/* A people (organizations.tsv, coded as its country's civilians) takes
 * the country its sentence places it in; a people living across borders
 * the one country of theirs the sentence names ("Syria attacked Kurds":
 * Syria's), its own when it names none or two; a group noun after it is
 * its members of that sector; a state leader's army is the state's. */
static void peoples_and_leaders_organs(void **state)
{
    got g;
    run(state, "Syria attacked Kurds.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "KURDS", "190");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "Syria accused Turkey of arming Kurds.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "\"code\":\"SYRCVL\""));
    run(state, "Germany attacked Kurds.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"TURCVL\""));
    run(state, "Turkey attacked the Kurds of Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "KURDS", "190");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "Syria's Kurds attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SYRCVL");
    run(state, "Kurds fighters attacked Germany.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", "attack", "DEU", "190");
    run(state, "Kurds fighters attacked Syria.", &g); /* Syria's Kurds */
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR", "190");
    run(state, "Erdogan's army attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", "190");
}

/* Civilians a force kills or shells are the civilians of the place the
 * sentence puts them in (SYRCVL), and of no country otherwise (---CVL),
 * as PETRARCH codes them: its gold has "The civilians imprisoned for
 * acting against Moscow were released by Putin" as ---CVL, and "killed
 * in Israeli tank shelling in the east of the Gaza Strip" as PSECVL.
 * The troops' own country says nothing of whose they are. */
static void civilians_of_the_place_named(void **state)
{
    got g;
    /* (the fixture's civilians are detainees, protesters and women) */
    run(state, "Russian forces killed women in Syria.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "Russian forces killed women in Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "Syrian forces killed women.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"---CVL\""));
}

/* "Japan protested after North Korea fired a missile": a protest or a
 * condemnation with no party named answers the actor of the "after" or
 * "when" clause (the fixture has no bare "protest" verb; kg's lexicon
 * reads a state's protest so as an official complaint, 114). */
static void protests_after_another_act(void **state)
{
    got g;
    run(state, "Sweden condemned the move after Russia seized the ship.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "criticize", "RUS", "111");
    run(state,
        "Sweden condemned the raid when Russia's forces seized the ship.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "criticize", NULL, "111");
    assert_non_null(strstr(g.json[0], "\"country\":\"RUS\""));
    run(state, "Sweden condemned the move after the meeting.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden condemned the vote after Sweden lost it.", &g);
    assert_int_equal(g.n, 0);
}

/* "Gbagbo backed down under pressure from France": a concession (08)
 * with no party named is made to the one whose pressure it yields to,
 * named after "pressure from", "yielding to" or before "pressure". */
static void concession_to_the_one_pressing(void **state)
{
    got g;
    run(state, "The Turkish president stepped down under pressure from France.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "yield", "FRA", "0831");
    run(state,
        "The Turkish president stepped down on Sunday, yielding to Russia.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "yield", "RUS", "0831");
    run(state, "The Turkish president stepped down under French pressure.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "yield", "FRA", "0831");
    /* (no pressure named: no party) */
    run(state,
        "The Turkish president stepped down from his post in France.", &g);
    assert_int_equal(g.n, 0);
    /* protests given in to are the opposition's (its students') at home,
     * and no protest act of the president's */
    run(state,
        "The Turkish president stepped down, bowing to weeks of street "
        "protests.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "yield", "TUR_OPP", "0831");
    run(state, "The Turkish president stepped down, yielding to student "
               "protests.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "yield", "TUR_EDU", "0831");
    run(state, "Turkey stepped down, yielding to student protests.", &g);
    assert_int_equal(g.n, 0);
}

/* "The United States told Belgrade it must back down", "told students to
 * end their sit-in": the one told is asked to act, a demand (10) made of
 * it, coded by the act when the lexicon knows it; the "it" that must act
 * is the one told, where "told Ukraine it would" is the teller's. */
static void told_it_must_is_a_demand(void **state)
{
    got g;
    run(state, "Russia told Sweden on Monday it must do more.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "100");
    run(state, "Russia told Sweden and France that they must do more.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", "demand", NULL, "100");
    expect_rel(&g, 1, "RUS", "demand", NULL, "100");
    run(state, "Russia told Sweden to pay more.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "100");
    /* (the act asked for codes the demand; the one told would act) */
    run(state, "Russia told Sweden it must quickly supply weapons to Syria.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "1032");
    if (g.n > 1)
        assert_string_equal(g.subj[1], "SWE");
    run(state, "Russia told Sweden it would do more.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia told reporters it must do more.", &g);
    assert_int_equal(g.n, 0);
}

/* "ordered an inquiry into graft allegations against deposed Prime
 * Minister Nawaz Sharif": the one the allegations are against is the
 * one investigated. */
static void inquiry_into_allegations_against(void **state)
{
    got g;
    run(state, "Russia opened an investigation into corruption allegations "
               "against Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SWE", "090");
    /* (a word before the name: "against deposed Prime Minister") */
    run(state, "Russia opened an investigation into the charges against "
               "ousted Swedish President Olof Berg.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, NULL, "090");
    assert_string_equal(g.obj[0], "x_olof_berg");
    run(state, "Russia opened an investigation into allegations of fraud.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "called for the release of 21 hostages, including ten tourists, held
 * by Abu Sayyaf gunmen": a release asked for of people no code names is
 * asked of those who hold them; coded people stay the object. */
static void release_asked_of_the_holders(void **state)
{
    got g;
    run(state, "Russia demanded the release of two hostages held by Syrian "
               "rebels.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "demand", "SYR_REB", "1053");
    run(state, "Russia demanded the release of 21 hostages, including ten "
               "tourists, kidnapped by Syrian rebels.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "demand", "SYR_REB", "1053");
    run(state, "Russia demanded the release of the hostages.", &g);
    assert_int_equal(g.n, 0);
}

/* "Liberia's leader Gyude Bryant", "Liberia's new interim leader ...":
 * a title of no one office (no agent) after a country's possessive
 * gives the person that country, as "Liberian leader" does. */
static void possessive_before_agentless_title(void **state)
{
    got g;
    run(state, "Sweden's leader Olof Berg met Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWE");
    expect_rel(&g, 0, NULL, "meet", "RUS", "040");
    run(state, "Sweden's new interim leader Olof Berg met Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWE");
    run(state, "Swedish leader Olof Berg met Russia.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "SWE");
}

/* "Mugabe said on Monday that Britain must foot the bill", "Rice said
 * Syria must withdraw": what a speaker says another actor must do is a
 * demand of it (10, coded by the act); not what "it" (the speaker) or
 * the speaker's own country must do, nor "must be", nor "needs to". */
static void said_actor_must_is_a_demand(void **state)
{
    got g;
    run(state, "Russia said on Monday that Sweden must do more.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "100");
    run(state, "Russia said Sweden must quickly supply weapons to Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "1032");
    run(state, "Russia said Sweden must also supply weapons to Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "1032");
    /* (an act asked not to be done codes nothing of what is asked) */
    run(state, "Russia said Sweden must not supply weapons to Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "100");
    run(state, "Russia said it must do more.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia said Sweden must be punished.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia said Sweden needs to do more.", &g);
    assert_int_equal(g.n, 0);
    /* (a sector of no known country: an exhortation, "said companies
     * must find new ways") */
    run(state, "Russia said rebels must do more.", &g);
    assert_int_equal(g.n, 0);
    /* (what another should do is advised: an appeal, 02) */
    run(state, "Russia said Sweden should do more.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "SWE", "020");
    run(state, "Russia said Sweden should have done more.", &g);
    assert_int_equal(g.n, 0);
    /* (a title's mention and then its holder's: the holder is asked) */
    run(state, "Sweden said Turkey's President Recep Tayyip Erdogan should "
               "do more.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "person_recep_tayyip_erdogan", "020");
    /* (the same said before its speaker: "Russia must release journalist
     * Evan Gershkovich, the U.S. State Department said on Friday") */
    run(state, "Sweden must do more, Russia said on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "demand", "SWE", "100");
    run(state, "Sweden should do more, the Russian foreign ministry said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "urge", "SWE", "020");
    /* ("U.S. State Department" is one actor, not "U.S. State" and an
     * uncoded "Department") */
    run(state, "Sweden must do more, the U.S. State Department said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "USA", "demand", "SWE", "100");
    assert_string_equal(g.code[0], "USAGOV");
    run(state, "Sweden must be punished, Russia said.", &g);
    assert_int_equal(g.n, 0);
    /* (the tail must end the sentence, its speaker after a comma) */
    run(state, "Sweden must do more, Russia said of Finland.", &g);
    assert_int_equal(g.n, 0);
}

/* "lifted curbs on trade with North Korea", "the ban on travel to Libya":
 * a sanction or restriction on dealings with a country is aimed at that
 * country, and the dealings are no act of their own. */
static void sanctions_on_dealings_with(void **state)
{
    got g;
    run(state, "Russia imposed sanctions on trade with Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "sanction", "SYR", "163");
    run(state, "Russia lifted sanctions on visits to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "ease_sanctions", "SYR", "085");
    run(state, "Russia lifted sanctions on trade.", &g);
    assert_int_equal(g.n, 0);
}

/* "Bosnian Serbs", "Iraqi Kurds": a country's adjective before a people
 * in the plural is that people living in the country (its CVL), one
 * group node per people, not the second country; "Bosnian Serb forces"
 * and citizens named by citizenship ("Turkish Cypriots") are left alone. */
static void peoples_of_a_host_country(void **state)
{
    got g;
    run(state, "German Russians attacked France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU_CVL_RUS", "attack", "FRA", NULL);
    assert_string_equal(g.code[0], "DEUCVL");
    assert_non_null(strstr(g.json[0], "\"text\":\"German Russians\""));
    run(state, "Syrian Kurds attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "KURDS", "attack", "TUR", NULL);
    assert_string_equal(g.code[0], "SYRCVL");
    /* (two peoples of one host are two nodes) */
    run(state, "German Russians attacked German Syrians.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU_CVL_RUS", "attack", "DEU_CVL_SYR", NULL);
    run(state, "German Russian troops attacked France.", &g);
    assert_int_equal(g.n, 1);
    assert_null(strstr(g.json[0], "DEUCVL"));
}

/* A party name many countries share takes the country its phrase names
 * (issue 6): "India's Congress party" was the US Congress (USAGOVLEGPTY),
 * "Sweden's Labour Party" Britain's, "Germany's Social Democrats" no
 * actor; a party of the country named keeps its own code. */
static void party_of_the_country_named(void **state)
{
    got g;
    /* (the fixture's "Labour Party" is Britain's, GBRGOVPTY) */
    run(state, "Sweden's Labour Party attacked France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_PTY", "attack", "FRA", NULL);
    assert_string_equal(g.code[0], "SWEPTY");
    run(state, "The Swedish Labour Party attacked France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_PTY", "attack", "FRA", NULL);
    assert_non_null(strstr(g.json[0], "\"text\":\"Swedish Labour Party\""));
    run(state, "Germany's Social Democrats attacked France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU_PTY", "attack", "FRA", NULL);
    assert_string_equal(g.code[0], "DEUPTY");
    run(state, "Britain's Labour Party attacked France.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "LABOUR_PARTY_UK", "attack", "FRA", NULL);
    assert_string_equal(g.code[0], "GBRGOVPTY");
}

/* "Palestinian prisoners held in Israeli jails launched a hunger
 * strike": a participle may open the place phrase after the subject,
 * which still heads it (the place is not the subject); a verb read as
 * an act does not ("Russia attacked in Syria"). */
static void participle_phrase_after_subject(void **state)
{
    got g;
    run(state, "Syrian forces stationed in Turkey attacked Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "ISR", NULL);
    assert_string_equal(g.code[0], "SYRMIL");
    run(state, "Swedish insurgents held in Turkey attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", NULL);
    assert_string_equal(g.code[0], "SWEREB");
}

/* "ethnic Albanians in Macedonia", "ethnic Albanian rebels in Kosovo"
 * (issue 6): "ethnic" makes a demonym a people, coded by the country it
 * lives in (MKD_CVL_ALB; the rebels SRBREB), not the demonym's state;
 * with no other country named it stays.  "in Congo" is read as the
 * document reads the shared name (Congo-Brazzaville before 1997-05-17). */
static void ethnic_people_where_they_live(void **state)
{
    got g;
    run(state, "Ethnic Russians in Sweden attacked Swedish police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE_CVL_RUS", "attack", "SWE_COP", NULL);
    assert_string_equal(g.code[0], "SWECVL");
    run(state, "Ethnic Turkish rebels in Syria attacked Syrian police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR_COP", NULL);
    run(state, "Ethnic Russians attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SWE", NULL);
    run_dated(state, "Ethnic Turkish rebels in Congo attacked Syrian police.",
              "1995-05-01", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "COG_REB", "attack", "SYR_COP", NULL);
}

/* Civilians with no country acted on by a state's police, courts or
 * government, or by its rebels and gunmen, are its own, and so are its
 * reporters, students, clergy and opposition; protesters facing its
 * police too; troops acting on them say nothing of whose they are. */
static void civilians_at_home(void **state)
{
    got g;
    run(state, "The Syrian government attacked protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "SYR_CVL", NULL);
    run(state, "Protesters attacked Syrian police.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", NULL, "SYR_COP", NULL);
    run(state, "Syrian fighters attacked protesters.", &g);
    assert_int_equal(g.n, 1);
    /* (rebels' attack on civilians: unconventional violence, 180) */
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR_CVL", "180");
    run(state, "Turkish police detained dozens of journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "arrest", "TUR_MED", "173");
    run(state, "Syrian insurgents attacked journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR_MED", "180");
    run(state, "Syrian rebels attacked refugees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "UNK_REF", NULL);
    run(state, "The Turkish army detained journalists.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "arrest", "UNK_MED", "173");
    /* (an entry of force that ends in its victims, "beat * protester",
     * names them with its own last word: the party all the same) */
    run(state, "Turkish police beat protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", NULL, "TUR_CVL", NULL);
    /* an army's threat to a crowd is made at home too; its force on
     * one names no country */
    run(state, "The Turkish army warned protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "threaten", "TUR_CVL", "130");
    run(state, "The Turkish army beat protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", NULL, "UNK_CVL", NULL);
    /* (repression with no party named falls on the state's own people
     * when what is put down is a crowd: "broke up the demonstration") */
    run(state, "Turkish police broke up the demonstration.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "repress", "TUR_CVL", "175");
    run(state, "Turkish police broke up the demonstration in Ankara.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "repress", NULL, "175");
    run(state, "Syrian rebels broke up the demonstration.", &g);
    assert_int_equal(g.n, 0);
    /* ("crowds of", "groups of" count the people as "dozens of" does) */
    run(state, "Turkish police attacked crowds of protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", NULL, "TUR_CVL", NULL);
    run(state, "Turkey beat Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* Rebels' attack on a civilian site (a bus, a school, a hotel) is
 * unconventional violence (180), aimed at the site's country or place,
 * a part of it ("northern Syria") too, whether told by a verb or a
 * noun; on a base, or by an army, it stays force (190). */
static void attacks_on_civilian_sites(void **state)
{
    got g;
    run(state, "Syrian rebels attacked a Turkish bus.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "180");
    /* (rebels with no country are of the country they strike in:
     * irregulars_of_the_place) */
    run(state, "Rebels attacked a school in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR", "180");
    /* (a direction word that starts a name is the name's) */
    run(state, "Rebels attacked a school in South Korea.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "KOR_REB", "attack", "KOR", "180");
    /* (a name kg has no code for modifies the site: "a Sufi shrine") */
    run(state, "Rebels attacked a Sufi shrine in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "SYR", "180");
    run(state, "Rebels carried out a raid on a hotel in Afghanistan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "AFG_REB", "attack", "AFG", "180");
    run(state, "Rebels attacked a base in Afghanistan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "AFG_REB", "attack", "AFG", "190");
    run(state, "The Turkish army attacked a village in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", "190");
}

/* "near", "outside", "inside" after a group noun say where the people
 * are (kg does not tag them prepositions): the group is still the
 * object, not a modifier of a noun after it ("aid workers"). */
static void people_outside_a_place(void **state)
{
    got g;
    run(state, "Turkish police detained protesters outside the embassy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "arrest", "TUR_CVL", "173");
    /* (and "inside" places them in a country as "in" does: actor23) */
    run(state, "Syria attacked rebels inside Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR_REB", "190");
}

/* Unarmed people killed by the thousands, or civilians by the
 * hundreds, suffer a mass killing (202); a people expelled by the
 * thousands a mass expulsion (201), where refugees are deported (174)
 * however many; fighters killed stay combat (190). */
static void mass_killings_and_expulsions(void **state)
{
    got g;
    run(state, "The Syrian army killed hundreds of protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "mass_violence", "UNK_CVL", "202");
    run(state, "The Syrian army killed 12 protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "repress", "UNK_CVL", "175");
    run(state, "The Syrian army killed hundreds of rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "kill", "UNK_REB", "190");
    /* (a people's thousands killed at a war's front are its fighters;
     * civilians stay) */
    run(state, "Turkey said its army killed thousands of Syrians in "
               "checking a new offensive.",
        &g);
    expect_no_code(&g, "202");
    run(state, "The Syrian army killed hundreds of protesters on the "
               "front.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_MIL", "mass_violence", NULL, "202");
    /* (a force slaughtered is fought, not a mass killing) */
    run(state, "Insurgents slaughtered members of the Syrian army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "kill", "SYR_MIL", "190");
    run(state, "Insurgents slaughtered Syrian villagers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "mass_violence", NULL, "202");
    run(state, "Turkey expelled 80,000 Syrian workers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mass_violence", "SYR_LAB", "201");
    run(state, "Turkey expelled 20 Syrian workers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deport", "SYR_LAB", "174");
    run(state, "Turkey expelled tens of thousands of Syrian refugees.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deport", "SYR_REF", "174");
    /* (the count inside the entry's gap) */
    run(state, "Turkey forced 80,000 Syrian workers to leave the country.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "mass_violence", "SYR_LAB", "201");
    run(state, "Turkey forced 20 Syrian workers to leave the country.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "deport", "SYR_LAB", "174");
}

/* Force shown, alerted or mobilised (15) with no party named is aimed
 * at the first actor of another country (or an organisation) the clause
 * names after it; the actor's own sectors are passed over. */
static void force_posture_aimed_at_the_next_actor(void **state)
{
    got g;
    run(state, "Turkey put its army on alert after Syria fired rockets.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "raise_alert", "SYR", "152");
    run(state, "Turkey put its army on alert after NATO warned of attacks.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "raise_alert", "NATO", "152");
    run(state, "Turkey put its army on alert after Turkish police were "
               "attacked.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey put its army on alert.", &g);
    assert_int_equal(g.n, 0);
}

/* A people (the Kurds, coded TURCVL) a state coerces, assaults or kills
 * with no country said is that state's own; one it fights (190) or
 * deports (174) too when the people lives there (ex_border_peoples: the
 * Kurds of Syria), not otherwise ("Germany expelled the Kurds"). */
static void peoples_a_state_coerces_are_its_own(void **state)
{
    got g;
    run(state, "Syria detained dozens of Kurds.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "arrest", "KURDS", "173");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "The Syrian army attacked the Kurds.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRCVL\""));
    run(state, "Germany expelled the Kurds.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"TURCVL\""));
}

/* "claimed responsibility for the raid on": the claimant owns the act,
 * as after a light verb; one who denies it does not. */
static void claimed_acts_are_the_claimants(void **state)
{
    got g;
    run(state, "Syrian rebels claimed responsibility for the raid on Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
    run(state, "Syrian rebels denied responsibility for the raid on Turkey.",
        &g);
    assert_int_equal(g.n, 1); /* the denial alone (016) */
    expect_rel(&g, 0, "SYR_REB", "deny", "TUR", "016");
}

/* Soldiers or police seized by rebels are abducted (181); a force
 * seized, or soldiers seized by a state, keep the lexicon's 171. */
static void soldiers_seized_by_rebels(void **state)
{
    got g;
    run(state, "Syrian rebels seized a Turkish policeman.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "abduct", "TUR_COP", "181");
    run(state, "Syrian rebels seized the Turkish army.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "seize", "TUR_MIL", "171");
    run(state, "Syria seized a Turkish policeman.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "seize", "TUR_COP", "171");
}

/* "Turkish police said they detained protesters": a group that
 * reports is the "they" of its report. */
static void they_of_a_reporting_group(void **state)
{
    got g;
    run(state, "Turkish police said they detained protesters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "arrest", "TUR_CVL", "173");
    run(state, "Syrian rebels said that they had attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
}

/* "Rebels in Darfur said they would free", "the embassy in London said
 * it would protest": a place phrase between the speaker and the speech
 * verb only locates the speaker, who is the pronoun's antecedent (not
 * the place, which left the event without a subject or gave it the
 * place's country). */
static void pronoun_of_a_speaker_in_a_place(void **state)
{
    got g;
    run(state, "Syrian rebels in Aleppo said they had attacked Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_REB", "attack", "TUR", "190");
    run(state, "The Turkish army in Aleppo said it had attacked Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "attack", "SYR", "190");
}

/* "Brazilian bank workers went on strike": a business noun before a
 * noun of workers names the firm's workers, labour, not the business
 * (prec18b); the police before officials keep theirs. */
static void bank_workers_are_labour(void **state)
{
    got g;
    run(state, "Turkish bank workers protested against the government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_LAB", "protest", NULL, NULL);
    assert_string_equal(g.code[0], "TURLAB");
    run(state, "Turkish banks protested against the government.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "TURBUS");
}

/* "Mbeki has attacked British imperialists, saying they treated Africans
 * like savages": a person's attack told with ", saying" is made in
 * words (111); a state's stays force, and so does a person's with no
 * words told (prec18b). */
static void attack_told_with_saying_is_words(void **state)
{
    got g;
    run(state, "Erdogan attacked Sweden, saying it had lied.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "criticize", "SWE",
               "111");
    run(state, "Turkey attacked Syria, saying rockets were fired.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    run(state, "Erdogan attacked Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "attack", "SWE", "190");
}

/* "a day after the international community imposed fresh sanctions":
 * a group of states the ontology names in lower case (IGO) is matched
 * in lower case mid-sentence, and is the subordinate clause's subject,
 * not the sentence's first actor (prec18b). */
static void lower_case_group_of_states(void **state)
{
    got g;
    run(state, "The Turkish minister resigned, a day after the international "
               "community condemned Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "INTERNATIONAL_COMMUNITY", NULL, "SYR", "111");
    run(state, "Sweden condemned the world community.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "INTERNATIONAL_COMMUNITY", "111");
}

/* "opposition supporters", "opposition activists": the group's own
 * people are the group, not a modifier of a noun; police or army force
 * against them is repression (175), as against protesters. */
static void opposition_supporters(void **state)
{
    got g;
    run(state, "Turkish police detained opposition supporters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "arrest", "TUR_OPP", "173");
    run(state, "Turkish police attacked opposition supporters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", "repress", "TUR_OPP", "175");
    /* (and the army's: "soldiers opened fire on opposition supporters") */
    run(state, "The Turkish army attacked opposition supporters.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_MIL", "repress", "TUR_OPP", "175");
}

/* "Israel vowed revenge and bombed targets in Lebanon": a verb in the
 * past after "and" or "but" is a predicate of its own, asserted, not the
 * promise's threat; an infinitive after "and" shares the promise. */
static void past_verb_after_and_leaves_the_promise(void **state)
{
    got g;
    run(state, "Israel vowed revenge and shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, NULL, "194");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Russia promised restraint but shelled Aleppo again.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, NULL, "194");
    assert_string_equal(g.modality[0], "asserted");
    run(state, "Israel vowed to retaliate and shell Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
}

/* "EU foreign ministers, meeting in Luxembourg, imposed sanctions": the
 * participle's clause follows a noun phrase that opens the sentence; its
 * actor is the subject, never the place inside the clause. */
static void participle_clause_after_a_subject_phrase(void **state)
{
    got g;
    run(state, "NATO foreign ministers, meeting in Germany, imposed "
               "sanctions on Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "NATO", NULL, "RUS", "163");
    run(state, "The ministers, meeting in Germany, imposed sanctions on "
               "Russia.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "DEU");
    /* (a preposition in -ing is no clause: the phrase stays as it was) */
    run(state, "Russia, Syria's main ally, accusing Turkey of aggression, "
               "condemned Israel.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "RUS", NULL, "ISR", NULL);
}

/* "“We shelled Aleppo,” Israel said": in a quote, "we" said by a coded
 * actor that is no person (a country, a bloc, an army) is that actor, as
 * it is the speaker's country when a person speaks. */
static void we_of_a_country_or_bloc_speaker(void **state)
{
    got g;
    run(state, "\"We shelled Aleppo,\" Israel said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "place_syr_aleppo", "194");
    run(state, "Israel said: \"We condemn Syria.\"", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "SYR", "111");
    run(state, "\"We condemn Syria,\" NATO said.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "NATO", NULL, "SYR", "111");
}

/* "Israeli jets flying over Beirut bombed": a participle after an actor
 * that is followed by a preposition of place opens a reduced relative;
 * the place in it is not the subject of the verb after it. */
static void participle_of_motion_after_an_actor(void **state)
{
    got g;
    run(state, "Russian forces patrolling near Aleppo shelled Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS_MIL", NULL, "TUR", "194");
}

/* "China denied that its police had arrested", "rejected allegations
 * that he had collaborated with Iran": the denied clause is negated. */
static void denied_clauses_are_negated(void **state)
{
    got g;
    run(state, "Russia denied that its troops had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "place_syr_aleppo", "194");
    assert_int_equal(g.negated[0], 1);
    run(state, "Israel rejected allegations that it had shelled Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    /* (one report, with its article: "denied a report that the United
     * States was continuing to ship arms to Iran") */
    run(state, "Sweden denied a report that Israel had shelled Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    /* (the report's "by" phrase before "that": "refuted a report made
     * by some US media that") */
    run(state, "Sweden refuted a report made by some Turkish media that "
               "Israel had shelled Aleppo.",
        &g);
    assert_true(g.n >= 1);
    assert_int_equal(g.negated[g.n - 1], 1);
    /* (a date phrase after the denial, one that ends in a number too:
     * "denied on March 5 that") */
    run(state, "Russia denied on March 5 that its troops had shelled "
               "Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    /* (a date phrase between the denial and the claim: "denied on Monday
     * reports that") */
    run(state, "Sweden denied on Monday a report that Israel had shelled "
               "Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    run(state, "Israel said that it had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 0);
    run(state, "Sweden confirmed a report that Israel had shelled Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 0);
}

/* "Russia denied reports its troops attacked Georgia", "the firm denied
 * reports it was withdrawing completely from Iraq": a denied clause with no
 * "that" is negated as the one with "that" is. */
static void denied_bare_clauses_are_negated(void **state)
{
    got g;
    run(state, "Russia denied reports its troops had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "place_syr_aleppo", "194");
    assert_int_equal(g.negated[0], 1);
    run(state, "Sweden dismissed newspaper claims Israel shelled Aleppo.",
        &g);
    assert_true(g.n >= 1);
    assert_int_equal(g.negated[g.n - 1], 1);
    /* (a claim's words before its noun: "denied an earlier report that") */
    run(state, "Sweden denied an earlier report that Israel had shelled "
               "Aleppo.",
        &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    run(state, "Sweden confirmed reports Israel had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 0);
    /* (a past after "and" is a predicate of its own) */
    run(state, "Russia denied reports it had shelled Aleppo and shelled "
               "Idlib.",
        &g);
    assert_int_equal(g.n, 2);
    assert_int_equal(g.negated[0], 1);
    assert_int_equal(g.negated[1], 0);
}

/* "Turkey denied it would attack Syria", "Iran denied supplying drones",
 * "denied reports its troops had shelled Aleppo": the denial paths agree,
 * the denied act keeps its code, negated, and any auxiliary or modal may
 * stand between the denial and the act ("could"). */
static void denied_acts_keep_their_code(void **state)
{
    got g;
    run(state, "Turkey denied it would attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    assert_int_equal(g.negated[0], 1);
    run(state, "Turkey denied it could attack Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "attack", "SYR", "190");
    assert_int_equal(g.negated[0], 1);
    run(state, "Syria denied supplying weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "supply", "TUR", "072");
    assert_int_equal(g.negated[0], 1);
    run(state, "Russia denied reports its troops had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "place_syr_aleppo", "194");
    assert_int_equal(g.negated[0], 1);
    /* (another's denial is no refusal of the clause's subject: not
     * 1222, as "Russia would not supply weapons" is) */
    run(state, "Syria denied that Russia would supply weapons to Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "TUR", "072");
    assert_int_equal(g.negated[0], 1);
    run(state, "Syria denied Russia could supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "supply", "TUR", "072");
    assert_int_equal(g.negated[0], 1);
    run(state, "Russia would not supply weapons to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "reject", "TUR", "1222");
}

/* "Milburn denied the party was trying to hide", "dismissed newspaper
 * claims the government was warned": the actor after a denial is the
 * subject of the clause it denies, not the denial's object, as after
 * "that". */
static void denial_takes_no_object_from_its_clause(void **state)
{
    got g;
    run(state, "Russia denied Turkey had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "place_syr_aleppo", NULL);
    assert_int_equal(g.negated[0], 1);
    /* (a title before the name: "denied Mr Brown made that quote") */
    run(state, "Russia denied Mr Erdogan had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.negated[0], 1);
    run(state, "Syria denied any role in the raid on Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deny", "ISR", "016");
    /* (a capitalised word that ends the text: no token is read past it;
     * over 64 tokens, the token array is exactly as long as the sentence,
     * so ASan and valgrind see a read past it) */
    run(state, "Officials in the capital said on Monday that the long talks "
               "had been hard and that many of the delegates from the north "
               "and the south of the country were tired after many days of "
               "work and many nights of argument over the future of the "
               "whole region and over the price of the grain that the "
               "farmers grow in the fields near the river while Sweden "
               "denied Mr",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Moscow blamed the end of the freeze on U.S. refusal": blame laid on
 * the one after "on" ("blame * on"), not on the thing blamed. */
static void blame_laid_on_an_actor(void **state)
{
    got g;
    run(state, "Moscow blamed the end of the freeze on U.S. refusal to join "
               "the ban.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "USA", "112");
    run(state, "Russia blamed Turkey for the war.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "accuse", "TUR", "112");
    /* (a participle after a noun, no agent named: no one's blame) */
    run(state, "Russia closed its border after attacks on government "
               "websites blamed on Turkey.",
        &g);
    assert_int_equal(g.n, 0);
    /* (blame for an act whose "on" names its target) */
    run(state, "Russia demanded that Turkey act against the groups it "
               "blames for the attack on Georgia.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "100");
}

/* "called up tens of thousands of reservists": a round count ("tens of
 * thousands of", "hundreds of") is one word to an entry's '*', whose
 * three words it would fill alone. */
static void round_count_is_one_word_in_a_gap(void **state)
{
    got g;
    run(state, "Turkey called up tens of thousands of reservists against "
               "Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "154");
    run(state, "Turkey has called up hundreds of thousands of its reservists "
               "against Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "154");
}

/* "killed two Jewish settlers": a faith's adjective that opens a group
 * the ontology names with it is the name's first word, not a modifier
 * skipped before a group noun (which left "settlers" inside the name,
 * no object). */
static void faith_word_opening_a_named_group(void **state)
{
    got g;
    run(state, "Turkey killed two Jewish settlers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "JEWISH_SETTLERS", "190");
    run(state, "Turkey detained two Islamist rebels.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "173");
}

/* "talks with the government of President Andres Pastrana": a
 * government named by its leader (title or not) is the state of the
 * leader's country, as "the Pastrana government" is; it had no code. */
static void government_of_a_named_leader(void **state)
{
    got g;
    run(state, "Sweden condemned the government of President Recep Tayyip "
               "Erdogan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "111");
    assert_string_equal(g.obj[0], "TUR");
    run(state, "Sweden condemned the government of Erdogan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "111");
}

/* "Indonesian police were placed on maximum alert", "troops were put on
 * high alert after ...": forces alerted with no one named who alerted
 * them show their own state's force; they are the actor (police: 151,
 * at home when no other party is named), as in "went on alert".  With
 * "by", the agent acts, as before. */
static void forces_alerted_in_the_passive(void **state)
{
    got g;
    run(state, "Turkish police were placed on high alert.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_COP", NULL, "TUR", "151");
    run(state, "The Turkish army was placed on alert after Sweden attacked.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "TUR_MIL", NULL, "SWE", "152");
    run(state, "Turkish police were placed on alert by Sweden.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, NULL, "152");
}

/* "shelled Gaza, killing two Palestinians": after a comma, "killing"
 * with an object of its own is the verb (the noun entry "killing" of
 * read it as a noun with no party), done by the actor of the act coded
 * right before it; none when that act was not coded ("a bomb exploded
 * in Ankara, killing ...") or the dead have no country ("killing 15
 * people": the act's target says whose). */
static void toll_participle_after_an_act(void **state)
{
    got g;
    run(state, "Turkey attacked Sweden, killing two Israeli soldiers.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "TUR", "kill", NULL, "190");
    assert_non_null(strstr(g.json[1], "\"country\":\"ISR\""));
    run(state, "Turkey attacked Sweden, killing 15 people.", &g);
    assert_int_equal(g.n, 1);
    run(state, "A bomb exploded in Ankara, killing two Israelis.", &g);
    assert_int_equal(g.n, 0);
}

/* "placed the province of Aceh under military rule": a place named
 * after "the <province, city, region...> of" is one word with it to an
 * entry's '*', whose three words it filled alone. */
static void the_region_of_a_place_is_one_word(void **state)
{
    got g;
    run(state, "Russia placed the region of Chechnya under martial law.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, NULL, "1724");
    run(state, "Russia placed the restive region of Chechnya under martial "
               "law.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, NULL, NULL, "1724");
}

/* "bombed positions of Hezbollah", "kidnapped three staff of the United
 * Nations": a place, a vessel or the staff of an actor after the verb
 * stands for that actor, as "members of" does. */
static void things_owned_by_an_actor(void **state)
{
    got g;
    run(state, "Israel shelled positions of Hamas.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "x_hamas", "194");
    run(state, "Israel shelled the headquarters of NATO.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "NATO", "194");
    /* an unnamed armed group's places before the noun: "attacked two
     * suspected terrorist hideouts", "rebel positions" (real news,
     * 2026-11-23) */
    run(state, "Turkey attacked rebel positions.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "UNK_REB", "190");
    run(state, "Turkey attacked insurgent hideouts.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "UNK_REB", "190");
    /* (what carries them: "attacked the car of the Islamic Jihad
     * militant commander", 2026-11-23) */
    run(state, "Israel attacked the car of a Hamas commander.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "x_hamas", "190");
}

/* "an Iranian missile attack on a U.S.-flagged Kuwaiti ship": the flag
 * before the owner's nationality is no party; a flag alone still is. */
static void flag_before_the_owner(void **state)
{
    got g;
    run(state, "Syria attacked a Turkish-flagged Russian tanker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "RUS", NULL);
    run(state, "Syria attacked a Turkish- flagged Russian tanker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "RUS", NULL);
    run(state, "Syria attacked a Turkish-flagged tanker.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "attack", "TUR", NULL);
}

/* "arrested 35 members of the banned Muslim Brotherhood", "leaders of the
 * outlawed PKK": wire copy's participle between "members of the" and the
 * group's name does not hide the group. */
static void participle_before_a_members_group(void **state)
{
    got g;
    run(state, "Turkey detained 35 members of the banned Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "TALIBAN", "173");
    run(state, "Turkey detained leaders of the outlawed Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "TALIBAN", "173");
    /* (a stance before the name too: "the pro-Kurdish DEHAP") */
    run(state, "Turkey detained 35 members of the pro-Syrian Taliban.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "TALIBAN", "173");
}

/* "detained 35 Syrians in dawn raids in Afghanistan": a plural trigger
 * after a preposition and a modifier is a noun, no verb whose subject is
 * the actor before the preposition. */
static void plural_act_after_a_preposition_is_a_noun(void **state)
{
    got g;
    run(state, "Israel detained 35 Syrians in dawn raids in Afghanistan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "SYR", "173");
    run(state,
        "Turkey killed five Syrian soldiers in retaliatory raids in "
        "Afghanistan.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "190");
}

/* "ended its efforts to broker": mediation tried for and ended is
 * mediation halted (165), a threat to halt it under "might" (135); an
 * offer or attempt that another rejects is no act of the offerer's. */
static void attempts_ended_or_rejected(void **state)
{
    got g;
    size_t k;
    run(state,
        "Turkey ended its efforts to broker a ceasefire between Syria and "
        "Israel.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "halt_mediation", "SYR", "165");
    expect_rel(&g, 1, "TUR", "halt_mediation", "ISR", "165");
    assert_string_equal(g.modality[0], "asserted");
    run(state,
        "Turkey might give up its effort to broker a ceasefire between "
        "Syria and Israel.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "halt_mediation", "SYR", "135");
    run(state,
        "Russia rejected an offer by Turkey to broker a ceasefire between "
        "Syria and Israel.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "TUR") && g.cameo[k][0]);
}

/* "Norwegian-brokered talks with the government": "talks" after the
 * broker's word is a noun, and the broker is no party to the talks (its
 * mediation is read by ex_hyphen_brokers when the parties are named). */
static void broker_holds_no_talks(void **state)
{
    got g;
    run(state, "Turkish-brokered talks with Syria resumed.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "TUR") && !strcmp(g.cameo[k], "040"));
    run(state, "Russia joined Turkish-brokered talks with Syria.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "TUR") && !strcmp(g.cameo[k], "040"));
}

/* "abide by the 1986 U.S.-Japan pact": an agreement whose parties only
 * an "X-Y" word names is a standing one, no signing (kept, uncoded);
 * "signed an agreement with" stays 057. */
static void pair_named_agreement_is_no_signing(void **state)
{
    got g;
    run(state, "Japan must abide by the Russia-Turkey agreement on gas.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "057"));
    run(state, "Russia signed an agreement with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", "sign", "TUR", "057");
}

/* "MMC Sittipol is a Thai-Japanese joint venture": a joint venture an
 * "X-Y" pair names (a two-word second part too: "Soviet-West German") is
 * a firm or a topic, no act; "formed a joint venture with" stays 061. */
static void pair_named_joint_venture_is_no_act(void **state)
{
    got g;
    run(state, "Acme is a Russian-Turkish joint venture based in Ankara.",
        &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "061"));
    run(state, "Talks will cover Syrian-Saudi Arabian joint ventures.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.cameo[k], "061"));
    run(state, "Russia formed a joint venture with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "061");
}

/* "Protesters angered at President Hamid Karzai's sacking of a governor
 * ransacked U.N. compounds": an -ed participle with "at", "by" or "over"
 * right after the subject opens a reduced relative clause, whose actors
 * (a title before the name too) are not the verb's subject. */
static void participle_phrase_after_the_subject(void **state)
{
    got g;
    run(state, "Syrian protesters angered at President Vladimir Putin "
               "attacked Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR_CVL", NULL, "TUR", "190");
}

/* "looted shops in Monrovia", "ransacked the homes of villagers":
 * property seized (171) in a place is taken from the place's state, as
 * force against a place is, counted or not; the homes, houses, property,
 * shops or farms of people are theirs. */
static void property_seized_in_a_place(void **state)
{
    got g;
    run(state, "Turkish rebels seized shops in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", NULL, "SYR", "171");
    run(state, "Turkish rebels seized the homes of Syrian farmers.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR_REB", NULL, "SYR_AGR", "171");
}

/* "halted arms supplies to Nepal", "suspended exports to": a plural
 * right after a verb that stops an act (or after its modifier) is the
 * stopped act, a noun; "put on hold its aid to Pakistan" stops the aid
 * too, where "hold talks" holds them. */
static void acts_stopped_or_put_on_hold(void **state)
{
    got g;
    run(state, "Russia put on hold its loans to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "1621");
    run(state, "Russia suspended gas exports to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "160");
    run(state, "Russia suspended exports to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "160");
    run(state, "Russia will hold talks with Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "036");
}

/* "a US drone fired missiles at", "a pilotless US aircraft fired": aerial
 * weapons (195) of a remotely piloted craft are 1952. */
static void drones_fire_remotely_piloted_munitions(void **state)
{
    got g;
    run(state, "A Russian drone fired missiles at Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "1952");
    run(state, "An unmanned Russian aircraft fired missiles at Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "1952");
    run(state, "Russian jets fired missiles at Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "195");
    /* (a weapon that hits: ex_weapon_hits) */
    run(state, "Russian drones hit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "1952");
    run(state, "Missiles fired from a Russian drone hit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "1952");
    run(state, "Russian missiles hit Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "195");
}

/* "ordered out UN peacekeepers", "gave UN monitors 48 hours to leave": an
 * expulsion (174) of peacekeepers is 1661, of monitors, observers or
 * inspectors 1662; people stay 174. */
static void missions_sent_away_are_withdrawn(void **state)
{
    got g;
    run(state, "Turkey gave NATO monitors 48 hours to leave Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "1662");
    run(state, "Turkey gave NATO peacekeepers 48 hours to leave Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "1661");
    run(state, "Turkey gave Syrian journalists 48 hours to leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "174");
}

/* "seized the Stena Impero, a British tanker": an object kg cannot code,
 * in apposition with "a" and an actor followed by a noun or two, is that
 * actor's too. */
static void coded_apposition_after_an_uncoded_object(void **state)
{
    got g;
    run(state, "Russia seized the Stena Impero, a British tanker.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", NULL, "GBR", "171");
    run(state, "Russia shelled Abu Ali, a Syrian army commander, in Aleppo.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 1, "RUS", NULL, "SYR_MIL", "194");
    /* (a coded object keeps its own country) */
    run(state, "Russia shelled Turkey, a NATO member, in May.", &g);
    for (size_t k = 0; k < g.n; k++)
        assert_false(!strcmp(g.subj[k], "RUS") && !strcmp(g.obj[k], "NATO"));
}

/* '"We condemn Syria," said Israel': after a quote closed by its comma,
 * an inverted speaker that is a country or a body speaks, as a person
 * does; "said Turkey had" elsewhere is the clause's subject. */
static void inverted_speaker_after_a_quote(void **state)
{
    got g;
    run(state, "\"We condemn Syria,\" said Israel.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", NULL, "SYR", "111");
    assert_non_null(strstr(g.json[0], "\"attributed_to\":{\"id\":\"ISR\""));
    run(state, "Israel said Turkey had shelled Aleppo.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, NULL, "194");
    assert_non_null(strstr(g.json[0], "\"attributed_to\":{\"id\":\"ISR\""));
}

/* "bombed villages in Georgia", "struck air defence sites in southern
 * Iraq": force against things named by a bare plural in a place hits the
 * place's state, as "a village in" does; an adverb before "in" does not
 * name a thing. */
static void force_against_bare_plurals_in_a_place(void **state)
{
    got g;
    run(state, "Russia shelled villages in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "194");
    run(state, "Russia shelled air defence sites in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "194");
    run(state, "Russia shelled recently in Syria.", &g);
    assert_int_equal(g.n, 0);
    /* (a clash "with" people meets them, wherever they are) */
    run(state, "Russia clashed with rioters in Syria.", &g);
    assert_int_equal(g.n, 0);
}

/* "fired missiles at a car in Gaza": a verb's aim, after its preposition,
 * at a thing in a place hits the place's state, as a direct object's
 * thing does ("attacked a hotel in Mogadishu"). */
static void force_aimed_at_a_thing_in_a_place(void **state)
{
    got g;
    run(state, "Russia fired missiles at a car in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "195");
    run(state, "Russia fired missiles at cars in Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "195");
}

/* "fired on targets in the east Baghdad slum": a capital after a point
 * of the compass and before a plain noun is a place of its country, not
 * its government; "bombed Damascus" keeps the government's code
 * (prec18b). */
static void capital_after_compass_is_a_place(void **state)
{
    got g;
    run(state, "Russia bombed targets in the east Damascus suburbs.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "SYR", "190");
    assert_non_null(strstr(g.json[0], "\"code\":\"SYR\""));
    run(state, "Russia bombed Damascus.", &g);
    assert_int_equal(g.n, 1);
    assert_non_null(strstr(g.json[0], "\"code\":\"SYRGOV\""));
}

/* "backed the new Afghan administration", "the new government in
 * Turkey": "new" before a country's body is the body's time, as "interim"
 * is; before a thing ("the new Turkish treaty") there is still no
 * actor. */
static void new_before_a_body(void **state)
{
    got g;
    run(state, "Russia said it would back the new Turkish government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "support", "TUR", "032");
    run(state, "Russia condemned the new Turkish government.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Russia condemned the new Turkish treaty.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Russia said it would back the new government in Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "support", "TUR", "032");
}

/* "would not be drawn on Russia": the passive of the speaker's own act,
 * a comment withheld (011), its topic the target; no agent is looked
 * for after it. */
static void not_drawn_on_is_no_comment(void **state)
{
    got g;
    run(state, "A Turkish spokesman would not be drawn on Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "decline_comment", "RUS", "011");
    assert_int_equal(g.negated[0], 0);
}

/* "is critical of", "is opposed to", "was disappointed by": a predicative
 * adjective of disapproval (111, 110), its subject the one who
 * disapproves; the participle is no passive, so "by" names no agent. */
static void feeling_adjectives_disapprove(void **state)
{
    got g;
    run(state, "Turkey is critical of Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "criticize", "RUS", "111");
    run(state, "Turkey is opposed to the French proposal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "FRA", "110");
    run(state, "Turkey was disappointed by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "RUS", "110");
}

/* "was encouraged by", "is pleased with": a predicative adjective of
 * approval (051), its subject the one who approves, as the adjectives of
 * disapproval; the participle is no passive, so "by" names no agent and
 * a second "by" no more ("encouraged by the steps taken by Russia").
 * (lexdev22) */
static void feeling_adjectives_approve(void **state)
{
    got g;
    run(state, "Turkey was encouraged by the steps taken by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "RUS", "051");
    run(state, "Turkey is pleased with the Russian decision.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "praise", "RUS", "051");
}

/* "was upset with", "was irritated by", "were worried about", "is
 * worried by": feelings of disapproval (110) and concern (012) read as
 * the adjectives of approval: the one who feels is the subject, "by"
 * names no agent. (lexdev22) */
static void feeling_adjectives_of_concern(void **state)
{
    got g;
    run(state, "Turkey was upset with the Russian decision.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "RUS", "110");
    run(state, "Turkey was worried by the steps taken by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "concern", "RUS", "012");
    run(state, "Turkish officials were worried about the Russian plan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "concern", "RUS", "012");
    run(state, "Turkey was irritated by the delay caused by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "RUS", "110");
}

/* "reiterated its opposition to the French proposal": "opposition" alone
 * before "to" is the act of opposing (110), no opposition group; so is
 * "met strong opposition from Germany", the other's act aimed at the
 * subject, no meeting with an opposition group. */
static void opposition_is_an_act(void **state)
{
    got g;
    run(state, "Turkey reiterated its opposition to the French proposal.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "oppose", "FRA", "110");
    run(state, "Turkey met strong opposition from Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "oppose", "TUR", "110");
}

/* "Greece, replying to a warning from Turkey", "reacted angrily to
 * criticism from": the act answered is the other's, aimed at the one who
 * answers; the answer is no event. */
static void act_answered_is_aimed_at_the_answerer(void **state)
{
    got g;
    run(state, "Turkey, replying to criticism from Russia, said it would "
               "not change course.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Turkey reacted angrily to criticism by Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "criticize", "TUR", "111");
    run(state, "Turkey responded to Russia.", &g);
    assert_int_equal(g.n, 0);
}

/* "is deeply concerned about Brazil's economy": a concern stated in the
 * participle (012) is the subject's own view of the one it names, not a
 * passive with no agent (so no event) as "was concerned by" would be. */
static void concerned_about_is_012(void **state)
{
    got g;
    run(state, "Turkey is deeply concerned about Russia's economy.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "concern", "RUS", "012");
}

/* "Japan is weighing whether to freeze food shipments to North Korea",
 * "Seoul is considering sending troops to Iraq": an act the subject
 * weighs is the option considered (014), aimed at the act's target; not
 * when the weighing is only suggested. */
static void weighing_whether_to_act_is_014(void **state)
{
    got g;
    run(state, "Turkey is weighing whether to condemn Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "RUS", "014");
    run(state, "Turkey is considering backing Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "consider_option", "RUS", "014");
    run(state, "Britain rejected suggestions that Turkey consider backing "
               "Russia.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "RUS", "");
}

/* "received Turkish Foreign Minister Recep Tayyip Erdogan": the
 * visitor's own title is no "receive * minister from" entry that waits
 * for a country after "from"; the guest received is hosted (043), and
 * "received a minister from Turkey" keeps the entry (wr05). */
static void received_minister_by_name(void **state)
{
    got g;
    run(state, "Putin received Turkish Prime Minister Recep Tayyip Erdogan "
               "in Moscow.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "host",
               "person_recep_tayyip_erdogan", "043");
    run(state, "Putin received a minister from Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "person_vladimir_putin", "host", "TUR", "043");
    expect_rel(&g, 1, "TUR", "visit", "RUS", "042");
}

/* "completed its pullout from southern Lebanon", "began the withdrawal
 * from": a withdrawal begun or completed is done (087), where the bare
 * noun is mostly of plans (wire copy, wr11b). */
static void withdrawal_begun_or_completed(void **state)
{
    got g;
    run(state, "Israel completed its pullout from Syria on Monday, the army "
               "said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "ISR", "deescalate", "SYR", "087");
    run(state, "Russia began the withdrawal from Turkey on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "deescalate", "TUR", "087");
    run(state, "Israel completed its report on Syria on Monday.", &g);
    assert_int_equal(g.n, 0);
}

/* "relaxed its visa rules for Georgian citizens", "scrapped martial
 * law in": the easing verbs of wire copy over the nouns lift had
 * (wr11b). */
static void easing_verbs_over_rules(void **state)
{
    got g;
    run(state, "Russia relaxed its visa rules for Turkey on Monday, the "
               "foreign ministry said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "ease_sanctions", "TUR", "081");
    run(state, "Russia scrapped martial law in Syria on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "ease_sanctions", "SYR", "0814");
    run(state, "Russia relaxed its rules for Turkey on Monday.", &g);
    assert_int_equal(g.n, 0);
}

/* "opened its weapons sites to a team of American experts", "opened
 * the delta to UN relief workers": a place opened to foreigners is
 * access granted to them (086x, wr11b). */
static void place_opened_to_a_team(void **state)
{
    got g;
    run(state, "Syria opened its weapons sites to a team of Turkish experts "
               "on Monday, officials said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "TUR", "086");
    run(state, "Syria opened the region to Turkish relief workers on Sunday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "TUR", "0863");
    /* (a name kg has no code for, the place opened, gives way to the
     * coded actor let in) */
    run(state, "Syria opened the Orontes delta to Turkish relief workers.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "TUR", "0863");
    run(state, "Syria opened the stadium to the team on Sunday.", &g);
    assert_int_equal(g.n, 0);
}

/* Details, data, images handed over are intelligence shared (064), and
 * an intent word after an article inside the object's phrase is a noun
 * ("information on the plot to", issue 6, words13). */
static void intelligence_passed_on_a_plot(void **state)
{
    got g;
    run(state, "Turkey passed information on the plot to the United States "
               "weeks before the attack.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "share_intelligence", "USA", "064");
    run(state, "Britain shared satellite images of troop movements with "
               "Germany.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "GBR", "share_intelligence", "DEU", "064");
    run(state, "Turkey passed details of the camps to Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "share_intelligence", "RUS", "064");
    run(state, "Turkey said the plot to the capital had failed.", &g);
    assert_int_equal(g.n, 0);
}

/* Aid cut with its worth between the aid and "to", aid put on hold,
 * a state told to vacate a base or close its offices (issue 6, words13). */
static void aid_worth_held_and_bases_vacated(void **state)
{
    got g;
    run(state, "Germany has suspended development aid worth 80 million "
               "euros to Syria over the seizure of farms.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", "cut_aid", "SYR", "162");
    run(state, "Germany put its aid programme for Syria on hold after the "
               "arrests.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "DEU", "cut_aid", "SYR", "162");
    run(state, "Turkey ordered the United States on Friday to vacate the "
               "air base within six months.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "withdraw", "USA", "166");
    run(state, "Russia ordered the British Council to close its offices in "
               "Moscow.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "withdraw", "GBR", "166");
    run(state, "Germany suspended the payment worth 80 million euros to "
               "the fund.",
        &g);
    assert_int_equal(g.n, 0);
}

/* A maker's or model's name between a country word and an aircraft
 * noun, or a numbered model in the plural, is the state's air force, not
 * an actor of its own ("Sudanese Antonov planes", "Israeli F-35s", issue
 * 6, words13). */
static void model_names_before_aircraft(void **state)
{
    got g;
    run(state, "Russian Sukhoi planes bombed Syria on Tuesday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, NULL, "attack", "SYR", "190");
    assert_string_equal(g.code[0], "RUSMIL");
    run(state, "Russian planes bombed Syria on Tuesday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "attack", "SYR", "190");
    run(state, "Russian Su-24s bombed Syria on Tuesday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.code[0], "RUSMIL");
}

/* "allowed a UN convoy into", "let a United Nations team into": a
 * convoy or a team let in is access granted to its owner (086x), as
 * aid, inspectors and monitors let in were (wire copy, wr11b). */
static void convoy_or_team_let_in(void **state)
{
    got g;
    run(state, "Syria allowed an Oxfam convoy into the besieged town on "
               "Sunday, aid officials said.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "allow_access", "OXFAM", "0863");
    run(state, "Turkey let a European Union team into the country on Monday.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "allow_access", "EU", "086");
    run(state, "Syria let the team play on Monday.", &g);
    assert_int_equal(g.n, 0);
}

/* A lexicon '*' spans three arbitrary words, or a longer noun phrase
 * (issue 6: wire copy's objects, "ordered the remaining UN weapons
 * inspectors out"): articles, open-class words, numbers, names, a
 * genitive and one "of" or "and" joining a second phrase.  A phrase
 * never crosses a relative word, a verb in "-ed" after a noun, or a
 * comma: there a '*' keeps its three words, which these gaps exceed. */
static void long_noun_phrase_in_a_gap(void **state)
{
    got g;
    /* (inspectors sent away are 1662, cb10d's rule, once the gap
     * reaches them) */
    run(state, "Syria ordered the remaining Turkish weapons inspectors to "
               "leave the country.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "withdraw", "TUR", "1662");
    run(state, "Turkey signed a long-term natural gas supply agreement with "
               "Russia.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "sign", "RUS", "057");
    /* one "of" or "and" joins a second phrase */
    run(state, "Syria ordered the heads of the Turkish mission to leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deport", "TUR", "174");
    run(state, "Syria ordered the inspectors and their Turkish drivers to "
               "leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "deport", "TUR", "174");
    /* a genitive, and "-ed" right after a determiner is an adjective */
    run(state, "Russia gave the Turkish side's new militia leaders money.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", "aid_economic", "TUR", "071");
    /* not across "who", a past form after a noun, or a comma */
    run(state, "Syria ordered the Turkish inspectors who had arrived to "
               "leave.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria ordered the Turkish inspectors Israel accused to "
               "leave.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Syria ordered the arrests, urging Turks to leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "urge", NULL, "020");
    /* a date after the phrase goes with it, and ends it */
    run(state, "Syria ordered the remaining Turkish inspectors on Monday to "
               "leave.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "withdraw", "TUR", "1662");
    run(state, "Syria ordered the Turkish inspectors on Monday and guards to "
               "leave.", &g);
    assert_int_equal(g.n, 0);
}

/* "wanted much closer ties with": a relation a subject wants is its
 * intent (03), as one it seeks (n6a, code book 2's sixth batch). */
static void relation_wanted_is_intent(void **state)
{
    got g;
    run(state, "Syria wanted a joint venture with Turkey, the agency "
               "reported.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "cooperate_economically", "TUR", "0311");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Syria wants a meeting with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", "meet", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
}

/* "Amman and Damascus met ahead of the vote": "ahead of" opens the time
 * of the act, as "before" does; coordinated subjects still meet each
 * other (n6a, code book 2's sixth batch). */
static void met_ahead_of_an_event(void **state)
{
    got g;
    run(state, "Syria and Turkey met ahead of the vote.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, NULL, "meet", NULL, "040");
    expect_rel(&g, 1, NULL, "meet", NULL, "040");
}

/* "demanded that Greece and Turkey end their row": every actor of the
 * "that" clause's coordinated subject is the one the demand is made of
 * (n6a, code book 2's sixth batch). */
static void demanded_that_both(void **state)
{
    got g;
    run(state, "Sweden demanded that Syria and Turkey end their row.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "demand", "SYR", "100");
    expect_rel(&g, 1, "SWE", "demand", "TUR", "100");
}

/* "called on President Hossain Mohammad Ershad to step down": the title
 * before the name is no part of its mention; the appeal is still read at
 * the asked act, as without the title (n6a, code book 2's sixth batch). */
static void urged_titled_leader_to_act(void **state)
{
    got g;
    run(state, "Sweden urged President Erdogan to step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "person_recep_tayyip_erdogan", "0241");
    run(state, "Sweden urged Erdogan to step down.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "urge", "person_recep_tayyip_erdogan", "0241");
}

/* "offered on Monday to host and broker talks between": the offered act
 * may be the second of two infinitives, past a date; an offer to mediate
 * (039), not mediation done (n6a, code book 2's sixth batch). */
static void offered_to_host_and_broker(void **state)
{
    got g;
    run(state, "Sweden offered on Monday to host and broker talks between "
               "Syria and Turkey.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "broker", "SYR", "039");
    assert_string_equal(g.modality[0], "intended");
    expect_rel(&g, 1, "SWE", "broker", "TUR", "039");
}

/* "Britain remains opposed to the plan and West Germany has opposed
 * it": an object "it" after a thing's noun phrase ("the plan") stands for
 * the thing, not for the actor named before it (ex_thing_since); with no
 * such phrase between, the actor. */
static void object_it_after_a_thing(void **state)
{
    coded_in(state, "Sweden remains opposed to the plan and Turkey has "
                    "condemned it in the past.", "111", 0);
    coded_in(state, "Sweden criticized Syria and Turkey condemned it.", "111",
             1);
}

/* "Argentina's severe energy crisis forced President Kirchner to", "the
 * collapse of the Soviet Union forced Cuba to": a state whose crisis,
 * collapse or refusal compelled coerced no one; its pressure did
 * (ex_situation_forced). */
static void situation_forced_is_no_coercion(void **state)
{
    coded_in(state, "Sweden's severe energy crisis forced Turkey to cut "
                    "exports.", "170", 0);
    coded_in(state, "The collapse of the Soviet Union forced Turkey to cut "
                    "exports.", "170", 0);
    coded_in(state, "Sweden's pressure forced Turkey to cut exports.", "170",
             1);
    coded_in(state, "Sweden forced Turkey to cut exports.", "170", 1);
}

/* "Britain received a green light from Washington to host a conference",
 * "received approval from Washington to attack Syria", "won government
 * permission to fly to London": the granter right before the infinitive
 * does not do it, and the act is only let or funded (ex_granted_from). */
static void infinitive_after_leave_granted_from(void **state)
{
    coded_in(state, "Sweden received approval from Turkey to attack Syria.",
             "190", 0);
    coded_in(state, "Sweden received a green light from Turkey to visit "
                    "Syria.", "042", 0);
    coded_in(state, "Sweden won Turkish permission to visit Syria.", "042",
             0);
    /* (past plain words before the granter: "from Federal court") */
    coded_in(state, "Acme Corp said it won approval from Federal court to "
                    "sue the Internal Revenue Service.", "115", 0);
    coded_in(state, "Sweden received approval from the Turkish military "
                    "court to attack Syria.", "190", 0);
}

/* "the second round of talks between Pakistan and India", "talks on
 * nuclear confidence building measures (CBMs) between": a meeting noun
 * after "round of" (or days, failure... of) is still held by the parties
 * "between" names, and a meeting's topic may run longer, with its
 * abbreviation in brackets; "hopes of talks between" holds none. */
static void talks_between_after_round_of(void **state)
{
    static const char *const held[] = {
        "The second round of negotiations between Sweden and Turkey starts "
        "today.",
        "Negotiations on nuclear confidence building measures (CBMs) "
        "between Sweden and Turkey started today.",
        NULL};
    got g;
    size_t k;
    for (k = 0; held[k]; k++) {
        run(state, held[k], &g);
        assert_int_equal(g.n, 2);
        expect_rel(&g, 1, "TUR", "negotiate", "SWE", "046");
    }
    coded_in(state, "Hopes of negotiations between Sweden and Turkey faded.",
             "046", 0);
}

/* "Peace talks between Darfur rebels and the Sudanese Government have
 * resumed": the second party of talks may follow an article, right after
 * the noun only ("peace talks in the conflict between": not the talks'
 * parties; "trade between" keeps the bare form); "offered on Tuesday to
 * broker talks between": a date after the offer (rn04). */
static void talks_between_and_the_second_party(void **state)
{
    got g;
    size_t k;
    run(state, "Negotiations between Sweden and the Turkish government "
               "resumed on Monday.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "046");
    expect_rel(&g, 1, "TUR", "negotiate", "SWE", "046");
    run(state, "Peace negotiations in the conflict between Sweden and the "
               "Turkish army resumed.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Trade between Sweden and the Turkish government rose.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden offered on Tuesday to arrange a meeting between Syria "
               "and the Turkish government.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet")) {
            assert_string_equal(g.cameo[k], "");
            assert_string_equal(g.modality[k], "hypothetical");
        }
}

/* "Bush visited US troops in Iraq": a visit to one's own troops is a
 * visit to the foreign place they are in (agnews-test-3566) */
static void visit_to_own_troops_abroad(void **state)
{
    got g;
    run(state, "Erdogan visited Turkish forces in Aleppo on Monday.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "person_recep_tayyip_erdogan", "visit", "SYR", "042");
    run(state, "Erdogan visited Turkish forces on Monday.", &g);
    assert_int_equal(g.n, 1);
    assert_string_not_equal(g.obj[0], "SYR");
}

/* "will not let a United Nations human rights team visit East Timor",
 * "allowed a UN team to visit": the permitted act of the body an actor
 * sends is not done, as after "allowed Russia to" (n6a, code book 2's
 * sixth batch). */
static void permitted_act_of_a_team(void **state)
{
    got g;
    size_t k, met = 0;
    run(state, "Sweden will not let a Syrian fact-finding team meet Turkey.",
        &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet")) {
            assert_string_equal(g.modality[k], "hypothetical");
            assert_string_equal(g.cameo[k], "");
            met++;
        }
    assert_int_equal(met, 1);
    run(state, "Sweden allowed a Syrian team to meet Turkey.", &g);
    for (k = met = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "meet")) {
            assert_string_equal(g.modality[k], "hypothetical");
            met++;
        }
    assert_int_equal(met, 1);
}

/* "the U.S. Criticised Japan": Reuters copy of 1987 capitalises the word
 * after "U.S."; a single unknown word there is no name (else it takes
 * the verb from the U.S., or is the subject of the act itself). */
static void capital_after_initialism(void **state)
{
    got g;
    run(state, "Officials said the U.S. Accused Turkey of fraud.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "USA", "accuse", "TUR", "112");
    run(state, "Sweden rebuffed the U.S. Criticism of Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "USA", "criticize", "TUR", "111");
}

/* "Army reinforcements sent to bolster Congo's border region with
 * Rwanda have clashed with rebels": the actor nearest the verb stands in
 * a reduced passive relative clause (a participle and a preposition
 * after the subject's phrase); the phrase's head is the subject.  Not
 * when the actor opens a clause of its own ("after Turkey attacked"),
 * and not for an infinitive ("called on Turkey to"). */
static void reduced_passive_relative_head(void **state)
{
    got g;
    run(state, "Swedish troops sent to the border with Turkey attacked the "
               "rebels.", &g);
    assert_true(g.n >= 1);
    assert_memory_equal(g.code[g.n - 1], "SWE", 3);
    run(state, "Sweden moved to the border after Turkey attacked Syria.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "TUR", NULL, "SYR", NULL);
    /* (a verb with a date phrase and a clause with no "that" after it is
     * finite: "Iran denied on Monday its forces had attacked") */
    run(state, "Sweden denied on March 5 Turkish troops had attacked Syria.",
        &g);
    assert_int_equal(g.n, 1);
    assert_memory_equal(g.code[0], "TUR", 3);
    assert_int_equal(g.negated[0], 1);
}

/* "flying on Sunday to Tokyo to talk to government officials", "prepared
 * to head to Brussels to meet Bush": an infinitive right after a phrase
 * of place or direction is the clause's purpose, no act of the place or
 * of the body its seat names; but "appealed to Turkey to meet" asks
 * Turkey. */
static void purpose_after_a_place_phrase(void **state)
{
    got g;
    size_t k;
    run(state, "Officials flew on Sunday to Belgium to meet Turkish "
               "officials.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "BEL");
    run(state, "The delegation headed to the European Union to meet "
               "Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "EU");
    run(state, "The delegation appealed to Sweden to meet Turkey.", &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "meet"); k++)
        ;
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE", "meet", "TUR", NULL);
}

/* "Mourners gathered outside the church to pay their respects": a body
 * named by its building (a Group) after a preposition of place is where
 * the clause's subject went, never the infinitive's actor
 * (ex_place_purpose); "in" is left alone ("a split in the party to"). */
static void purpose_after_a_building(void **state)
{
    got g;
    size_t k;
    run(state, "Hundreds of mourners gathered outside the church to pay "
               "their respects to President Bush.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "USA_REL");
    run(state, "Hundreds of workers massed near the parliament "
               "to denounce President Bush.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "USA_LEG");
}

/* "Sharon met Mubarak, who urged him to release prisoners": an object
 * pronoun is never its own verb's subject (English says "himself"), so
 * "him" after "who urged" is not the one "who" stands for. */
static void object_pronoun_is_not_its_verbs_subject(void **state)
{
    got g;
    size_t k;
    run(state, "Putin met Erdogan, who urged him to step down.", &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "urge"); k++)
        ;
    assert_true(k < g.n);
    expect_rel(&g, k, "person_recep_tayyip_erdogan", "urge",
               "person_vladimir_putin", NULL);
    /* (after "and" the actor before it was the first verb's object: "him"
     * is Erdogan, the subject of "urged" is Putin) */
    run(state, "Putin met Erdogan and urged him to visit Syria.", &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "visit"); k++)
        ;
    assert_true(k < g.n);
    assert_string_equal(g.subj[k], "person_recep_tayyip_erdogan");
    /* ("her" before "to" is an object too, never a possessive: she is
     * Sarah Jones, who met Putin) */
    run(state, "Sarah Jones met Putin, who urged her to visit Syria.", &g);
    for (k = 0; k < g.n && strcmp(g.type[k], "visit"); k++)
        ;
    assert_true(k < g.n);
    expect_rel(&g, 0, NULL, "meet", "person_vladimir_putin", NULL);
    assert_string_equal(g.subj[k], g.subj[0]);
}

/* "asked Japan to open its farm market to help Washington", "will meet
 * with Japanese banks to seek support": an infinitive governed by an act
 * only asked for or planned, in its clause, is not done either. */
static void infinitive_of_an_act_not_done(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden urged Turkey to hold talks with Syria to help "
               "Russia.", &g);
    for (k = 0; k < g.n; k++)
        if (!strcmp(g.type[k], "help") || !strcmp(g.type[k], "aid"))
            assert_string_not_equal(g.modality[k], "asserted");
    run(state, "Sweden sent troops to Syria to help Turkey.", &g);
    for (k = 0; k < g.n && strcmp(g.obj[k], "TUR"); k++)
        ;
    assert_true(k < g.n);
    assert_string_equal(g.modality[k], "asserted");
}

/* "the Soviet Union bought one mln tonnes of U.S. corn", "Brazil bought
 * 75,000 tonnes of French wheat": a purchase (uncoded trade) between two
 * states of a commodity is 061, the goods' origin named in the measure
 * the seller; a people's traders ("Swedish crushers"), shares and a
 * purchase only offered stay uncoded. */
static void state_commodity_purchase(void **state)
{
    got g;
    run(state, "Sweden bought 50,000 tonnes of Turkish wheat.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden bought Turkish wheat.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Swedish crushers bought Turkish wheat.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "");
    run(state, "Sweden bought Turkish shares.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "");
    run(state, "Sweden made an offer to buy Turkish wheat.", &g);
    assert_true(g.n <= 1);
    if (g.n == 1)
        expect_rel(&g, 0, "SWE", "trade", "TUR", "");
}

/* "Bolivia will not sell natural gas to Chile": a state's sale it says it
 * will not make is refused economic cooperation (1211), as other refused
 * cooperation is; a sale not made ("did not sell") stays negated. */
static void state_commodity_sale_refused(void **state)
{
    got g;
    run(state, "Sweden will not sell wheat to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "reject", "TUR", "1211");
    assert_false(g.negated[0]);
    run(state, "Sweden did not sell wheat to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    assert_true(g.negated[0]);
}

/* "Mexico bought 11,000 to 14,000 tonnes of Canadian rapeseed": a range
 * before the measure ("between X and Y" too) leaves the goods' origin the
 * seller, as one number does. */
static void state_commodity_purchase_range(void **state)
{
    got g;
    run(state, "Sweden bought 11,000 to 14,000 tonnes of Turkish wheat.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden bought between 11,000 and 14,000 tonnes of Turkish "
               "wheat.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
}

/* "Tanzania has arranged to sell 53,000 tonnes of maize to Malawi": a
 * quantity of goods sold or bought names what changes hands; the party
 * follows the entry's "to" or "from" (one or several); a sale only
 * wished for stays uncoded. */
static void state_commodity_measured_sale(void **state)
{
    got g;
    run(state, "Sweden sold 40,000 tonnes of soft wheat to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden will sell 40,000 tonnes of barley to Turkey and "
               "Syria.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    expect_rel(&g, 1, "SWE", "trade", "SYR", "061");
    run(state, "Sweden bought 40,000 tonnes of rice from Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden was interested in buying 40,000 tonnes of rice from "
               "Turkey.",
        &g);
    assert_true(g.n <= 1);
    if (g.n == 1)
        expect_rel(&g, 0, "SWE", "trade", "TUR", "");
}

/* "Japan pledged to stop dumping microchips in the U.S. and Asia and
 * open its domestic market", "promised to end the dispute and to meet":
 * an infinitive coordinated with an earlier one shares the promise that
 * governs the first, however long the first one's phrase. */
static void coordinated_infinitive_shares_intent(void **state)
{
    got g;
    run(state, "Sweden promised to end the long dispute and to meet "
               "Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Sweden ended the long dispute and met Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "meet", "TUR", "040");
}

/* "India and Pakistan failed to reach agreement on quotas": an agreement
 * the parties failed to reach was negotiated (046, both ways, not
 * negated); one reached is 057, and "did not reach" stays negated. */
static void failed_agreement_is_negotiation(void **state)
{
    got g;
    run(state, "Sweden and Turkey failed to reach agreement on quotas.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "negotiate", "SWE", "046");
    expect_rel(&g, 1, "SWE", "negotiate", "TUR", "046");
    assert_false(g.negated[0]);
    run(state, "Sweden and Turkey reached agreement on quotas.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
    run(state, "Sweden and Turkey did not reach agreement on quotas.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "sign", "SWE", "057");
    assert_true(g.negated[0]);
    /* (bare "agree" on a matter, a weekday between, with no document
     * date: "failed to agree Wednesday on starting a bus service") */
    run_dated(state, "Sweden and Turkey failed to agree Wednesday on "
                     "starting a bus service.",
              NULL, &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "046");
    expect_rel(&g, 1, "SWE", NULL, "TUR", "046");
    run_dated(state, "Sweden and Turkey agreed on quotas.", NULL, &g);
    assert_int_equal(g.n, 2);
    assert_false(g.negated[0]);
}

/* "how open the Japanese market is", "after a lower opening", "at odds
 * over opening the markets": a verb entry's word used as an adjective, a
 * noun or the topic of a dispute is no act. */
static void trigger_word_no_verb(void **state)
{
    got g;
    run(state, "Sweden opened its market to Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "trade", "TUR", "061");
    run(state, "Sweden asked how open the Turkish market is.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Sweden and Turkey remain at odds over opening the Turkish "
               "market to Swedish goods.",
        &g);
    assert_int_equal(g.n, 0);
}

/* "Turkmenistan shut off gas supplies to Ukraine", "halted supplies to",
 * "President Reagan banned arms shipments to Tehran": a verb's entry read
 * at its plural noun after a stop verb (a ban, "shut off" or "turn off"
 * stop as "halt" does) is the supply stopped, reduced (162x), not given. */
static void stopped_supplies_are_reduced(void **state)
{
    got g;
    run(state, "Turkey shut off gas supplies to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1622");
    run(state, "Turkey halted supplies to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1622");
    run(state, "Turkey banned supplies to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "cut_aid", "SYR", "1622");
    run(state, "Turkey supplies weapons to Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "supply", "SYR", "072");
}

/* "Egypt issued Israel a warning", "handed Moscow a protest note", "paid
 * Moscow a visit": the act told as the second object of a verb of giving
 * is the giver's, done to the actor given it, not that actor's own. */
static void act_given_to_an_actor(void **state)
{
    got g;
    run(state, "Sweden handed Russia a protest note.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "complain", "RUS", "114");
    run(state, "Sweden paid Turkey a short visit.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "visit", "TUR", "042");
}

/* "a government program to help farmers", "a political gesture to help
 * Bush": "help" after "to", asserted, is help given only with its means
 * named (a loan, aid, credits) or troops sent; else no event.  An act
 * after "to help" needs troops or planes sent. */
static void purpose_help_needs_means(void **state)
{
    got g;
    run(state, "Sweden used its troops as a political gesture to help "
               "Turkey.", &g);
    assert_int_equal(rel_with_code(&g, "070"), g.n);
    run(state, "Sweden approved a 100 mln dlr loan to help Turkey.", &g);
    assert_true(rel_with_code(&g, "070") < g.n);
    run(state, "Sweden sent troops to help Turkey.", &g);
    assert_true(rel_with_code(&g, "070") < g.n);
    /* (wanted help keeps its 033) */
    run(state, "Sweden wants to help Turkey.", &g);
    assert_true(rel_with_code(&g, "033") < g.n);
    /* an act after "to help" is the sender's only */
    run(state, "Sweden bought a missile to help protect Turkey.", &g);
    assert_int_equal(rel_with_code(&g, "074"), g.n);
    run(state, "Sweden sent planes to Syria to help attack Iraq.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
}

/* "a memorandum ... to protect investors", "credits to protect farmers":
 * "protect" after "to", asserted, is protection given only with armed
 * means named (troops, forces, warships) or sent; "decision to protect"
 * keeps its act. */
static void purpose_protect_needs_armed_means(void **state)
{
    coded_in(state, "Sweden signed a memorandum with Turkey to protect "
                    "Syrian investors.", "074", 0);
    coded_in(state, "Sweden had a duty to protect Syrian civilians.", "074",
             0);
    coded_in(state, "Sweden sent warships to protect Syrian tankers.", "074",
             1);
    coded_in(state, "Sweden defended its decision to protect Syrian tankers.",
             "074", 1);
    coded_in(state, "Sweden protected a Syrian tanker.", "074", 1);
}

/* "The World Bank said it approved loans to Jamaica. The bank said two
 * loans will support ...": "the bank" after a bank was named is that
 * bank, no business of the story's country; with none named it stays a
 * business. */
static void the_bank_is_the_bank_named_before(void **state)
{
    got g;
    run(state, "The World Bank approved a loan to Turkey. The bank urged "
               "Turkey to reform.", &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "IGOUNODEVWBK");
    run(state, "Sweden said the bank urged Turkey to reform.", &g);
    assert_true(rel_with_code(&g, "020") == g.n ||
                strcmp(g.code[rel_with_code(&g, "020")], "IGOUNODEVWBK"));
}

/* "UN nuclear watchdog chief Mohamed ElBaradei": a body's title before a
 * person who held an office of the body and one of a state names the
 * body's office in an undated story (his latest is the state's); not a
 * former one, and with no title the latest stays. */
static void body_title_names_its_office(void **state)
{
    got g;
    run_dated(state, "World Bank chief Lars Berglund urged Turkey to reform.",
              NULL, &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "IGOUNODEVWBK");
    run_dated(state, "Lars Berglund urged Turkey to reform.", NULL, &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "SWEGOV");
    run_dated(state,
              "Former World Bank chief Lars Berglund urged Turkey to reform.",
              NULL, &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "SWEGOV");
}

/* "US and Iraqi forces are pushing deeper south into the city of
 * Fallujah ... to drive out insurgents": "into" after a verb of moving
 * sets the act in the place, as "in" does, and unnamed armed men take
 * its country (ex_moved_into); "a report into" sets nothing. */
static void armed_move_into_a_place_sets_the_act(void **state)
{
    got g;
    run(state, "Turkey pushed deeper into Aleppo and attacked rebels.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
    assert_string_equal(g.obj[rel_with_code(&g, "190")], "SYR_REB");
    run(state, "Turkey sent a report into Aleppo and attacked rebels.", &g);
    assert_true(rel_with_code(&g, "190") < g.n);
    assert_string_equal(g.obj[rel_with_code(&g, "190")], "UNK_REB");
}

/* "Garcia told a press conference", "accused by the media watchdog":
 * "press" before a noun of what it holds or is watched by is no actor
 * (ex_press_modifiers); "accused by the press" keeps it. */
static void press_before_its_thing_is_no_actor(void **state)
{
    got g;
    size_t q;
    run(state, "Turkey was accused of spying by the press watchdog on "
               "Monday.",
        &g);
    for (q = 0; q < g.n; q++)
        assert_false(!strcmp(g.cameo[q], "112") &&
                     strstr(g.code[q], "MED") != NULL);
    run(state, "Turkey was accused of spying by the press on Monday.", &g);
    assert_true(rel_with_code(&g, "112") < g.n);
    assert_non_null(strstr(g.code[rel_with_code(&g, "112")], "MED"));
}

/* "O2, Britain's other big mobile phone operator,": an uncoded firm with
 * an apposition naming it a state's business is that state's
 * (ex_firm_apposed_home); a central bank so named stays no firm's. */
static void firm_apposed_as_a_states_business(void **state)
{
    got g;
    run(state, "Zorlu Holdings, Turkey's biggest mobile operator, urged "
               "Sweden to cut its rates.",
        &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "TURBUS");
    run(state, "Zorlu Holdings urged Sweden to cut its rates.", &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "");
}

/* "The European Commission has not taken a decision ..., Commission
 * sources said": a bare "Commission" after a commission named in the
 * same sentence is that commission (ex_bare_commissions); with none
 * named it stays unknown. */
static void bare_commission_is_the_one_named(void **state)
{
    got g;
    run(state, "The Nordic Trade Commission met on Monday, and the "
               "Commission urged Turkey to cut tariffs.",
        &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "IGOSCN");
    run(state, "The Commission urged Turkey to cut tariffs.", &g);
    assert_true(rel_with_code(&g, "020") < g.n);
    assert_string_equal(g.code[rel_with_code(&g, "020")], "");
}

/* "preparations for a possible cut in economic links with South Africa",
 * "more possible Canadian sanctions against": an act held possible is not
 * done (a demonym between), no event code. */
static void possible_acts_are_not_done(void **state)
{
    coded_in(state, "Sweden prepared for a possible embargo on Turkey.",
             "163", 0);
    coded_in(state, "Sweden discussed possible Syrian raids on Turkey.", "190",
             0);
    coded_in(state, "Sweden imposed an embargo on Turkey.", "163", 1);
}

/* "in reprisal for an earlier Chadian raid on the town", "a century after
 * the ill-fated French assault on the fort", "an inquiry into the Syrian
 * shelling of": an earlier fight named in passing, looked into or to be
 * halted is no event told (ex_history_noun). */
static void earlier_fights_named_in_passing_are_not_coded(void **state)
{
    coded_in(state, "Sweden recalled the earlier Syrian fighting with Turkey.",
             "190", 0);
    coded_in(state, "Veterans gathered on Monday, 80 years after the "
                    "failed Syrian fighting with Turkey.", "190", 0);
    coded_in(state, "Sweden recalled the 1974 Syrian fighting with Turkey.",
             "190", 0);
    coded_in(state, "Sweden recalled its 1974 fighting with Turkey.", "190",
             0);
    /* (an act looked into or to be halted: named, not told) */
    coded_in(state, "Sweden opened an inquiry into the Syrian fighting "
                    "with Turkey.", "190", 0);
    coded_in(state, "Sweden urged Syria to halt its fighting with Turkey.",
             "190", 0);
    coded_in(state, "Sweden recalled the Syrian fighting with Turkey.", "190",
             1);
}

/* "The embargo was imposed in the aftermath of China's crackdown on
 * protesters": an act the news follows in the aftermath of is named in
 * passing, and coercion (17) named with a year or after "earlier" is
 * history too (ex_history_noun). */
static void aftermath_and_earlier_coercion_are_history(void **state)
{
    coded_in(state, "Sweden acted in the aftermath of the Syrian fighting "
                    "with Turkey.", "190", 0);
    coded_in(state, "Sweden recalled the 1974 Syrian arrest of the Turkish "
                    "envoy.", "173", 0);
    coded_in(state, "Sweden condemned the Syrian arrest of the Turkish "
                    "envoy.", "173", 1);
}

/* "reopened the row over Blair's decision to go to war with Iraq", "the
 * scandal over U.S. arms sales to Iran": an act a quarrel is about is
 * named in passing, not told (ex_controversy_topic). */
static void acts_a_row_is_over_are_not_coded(void **state)
{
    coded_in(state, "A former minister reopened the row over the Syrian "
                    "fighting with Turkey.", "190", 0);
    coded_in(state, "Diplomats discussed the scandal over Syria's decision "
                    "to attack Turkey.", "190", 0);
    coded_in(state, "A former minister recalled the Syrian fighting with "
                    "Turkey.", "190", 1);
    coded_in(state, "Syria decided to attack Turkey.", "190", 1);
    /* a debate is a quarrel too, at any root */
    coded_in(state, "Parliament opened a debate over the Syrian fighting "
                    "with Turkey.", "190", 0);
    coded_in(state, "Senators renewed the debate over Syria's decision to "
                    "impose sanctions on Turkey.", "163", 0);
    coded_in(state, "Syria decided to impose sanctions on Turkey.", "163", 1);
    /* an actor joined by "and" before the act */
    coded_in(state, "Senators renewed the row over President Assad and the "
                    "Syrian sanctions on Turkey.", "163", 0);
    coded_in(state, "A former minister reopened the row over President Assad "
                    "and the Syrian raid on Aleppo.", "190", 0);
}

/* The date of the first coded act of text, as a document of 2023-05-12,
 * in out ("" when none). */
static void coded_date(void **state, const char *text, char *out, size_t n)
{
    got g;
    size_t k;
    const char *d;
    run(state, text, &g);
    out[0] = '\0';
    for (k = 0; k < g.n; k++)
        if (g.cameo[k][0] && (d = strstr(g.json[k], "\"date\":\"")) != NULL) {
            d += 8;
            snprintf(out, n, "%.*s", (int)strcspn(d, "\""), d);
            return;
        }
}

/* "China applied to join GATT in July 1986" in a story of 1987: a past
 * act its own clause dates before the story is an event of then, and
 * carries that date (ex_dated_earlier); a date of the story's month, an
 * act to come and a date of another clause leave the story's date. */
static void acts_dated_before_the_story_keep_their_date(void **state)
{
    char d[16];
    coded_date(state, "Sweden praised Turkey in March 2021.", d, sizeof(d));
    assert_string_equal(d, "2021-03");
    coded_date(state, "Sweden in 2019 praised Turkey.", d, sizeof(d));
    assert_string_equal(d, "2019");
    coded_date(state, "In 2019, Sweden praised Turkey.", d, sizeof(d));
    assert_string_equal(d, "2019");
    coded_date(state, "Sweden praised the North Atlantic Treaty Organization "
                      "(NATO) in early 2020.", d, sizeof(d));
    assert_string_equal(d, "2020");
    coded_date(state, "Sweden praised Turkey in May 2023.", d, sizeof(d));
    assert_string_equal(d, "2023-05-12");
    coded_date(state, "Sweden will praise Turkey in 2024.", d, sizeof(d));
    assert_string_equal(d, "2023-05-12");
    coded_date(state, "Sweden praised Turkey, which it fought in 1990.", d,
               sizeof(d));
    assert_string_equal(d, "2023-05-12");
}

/* "officials are concerned that spreads could cause discord, as with
 * the Philippines' protest": an actor of a worry or a hope named past a
 * comma or a word opening another clause is not what it is about
 * (ex_worry_far_object); the clause's own actors and an apposition's are
 * (a warning keeps its own reading: warning_of_risk_is_no_threat).
 * (the fixture lexicon has "concerned about" only.) */
static void worry_about_a_far_actor_is_no_target(void **state)
{
    coded_in(state, "Sweden is concerned about rising prices, as with "
                    "Turkey last year.", "012", 0);
    coded_in(state, "Sweden is concerned about higher oil prices after "
                    "Turkish attacks on the pipeline.", "012", 0);
    coded_in(state, "Sweden is concerned about rising prices, adding that "
                    "Turkey agreed.", "012", 0);
    coded_in(state, "Sweden is concerned about Turkey's plans to leave the "
                    "talks.", "012", 1);
    coded_in(state, "Sweden is concerned about the two old rivals, the "
                    "Turkish government and its opponents.", "012", 1);
}

/* "A police unit freed two women who were held hostage by armed men",
 * "attacks on police stations, killing 20 people, freeing dozens of
 * prisoners": those freed whom others held, or freed in an attack, are
 * rescued or broken out, no release (0841) by the subject
 * (ex_rescue_no_release); one's own captives freed are released. */
static void rescue_is_no_release(void **state)
{
    coded_in(state, "Sweden released two Turkish citizens who were held "
                    "hostage by Syria.", "0841", 0);
    coded_in(state, "Syrian rebels attacked a prison, killing ten guards "
                    "and releasing dozens of Turkish prisoners.", "0841", 0);
    coded_in(state, "Sweden released two Turkish citizens.", "0841", 1);
    coded_in(state, "Sweden released two Turkish citizens held by Sweden.",
             "0841", 1);
}

/* "Eritrean deportees ... surrendering to security forces": a military
 * surrender (0874) is a fighting side's or a state's, not that of
 * civilians or of a country named only by the demonym of an uncoded crowd
 * (ex_unarmed_surrender). */
static void unarmed_surrender_is_no_retreat(void **state)
{
    coded_in(state, "Syrian detainees surrendered to Turkey.", "0874", 0);
    coded_in(state, "Syrian deportees surrendered to Turkey.", "0874", 0);
    coded_in(state, "Syria surrendered to Turkey.", "0874", 1);
}

/* "Warplanes pounded rebel-held towns in northern Ivory Coast", "stormed
 * insurgent-held police stations": force used on what rebels hold is used
 * on the rebels, the object's country's REB (ex_rebel_held); the town
 * named after "of" ("the rebel-held town of X") stays the country's. */
static void force_on_rebel_held_places(void **state)
{
    got g;
    run(state, "Turkey bombed rebel-held villages in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR_REB", "190");
    run(state, "Turkey bombed insurgent-held villages in northern Syria.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR_REB", "190");
    run(state, "Turkey bombed villages in northern Syria.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "190");
}

/* "secured a similar deal to one between Iran and China": the parties
 * after "one between" are another accord's, named for comparison
 * (ex_compared_pair); the accord between them told is theirs. */
static void accord_named_for_comparison(void **state)
{
    got g;
    run(state, "Sweden signed an agreement like the one between Turkey and "
               "Syria.",
        &g);
    assert_int_equal(g.n, 0);
    run(state, "An agreement between Turkey and Syria was signed.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", NULL, "SYR", "057");
}

/* "The U.S. has 12 pct of the votes, insufficient to block a Moscow
 * membership bid": an act one has or lacks the means for is a capacity,
 * no act done (ex_capacity_only). */
static void capacity_is_no_act(void **state)
{
    coded_in(state, "Sweden has 12 pct of the votes, insufficient to reject "
                    "Turkey.", "120", 0);
    coded_in(state, "Sweden has enough votes to reject Turkey.", "120", 0);
    coded_in(state, "Sweden is too weak to reject Turkey.", "120", 0);
    coded_in(state, "Sweden rejected Turkey.", "120", 1);
}

/* "Taipei would face consequences if it went ahead, Beijing said", "told
 * Uganda that it would pay dearly for backing the rebels": what a
 * speaker says another actor will face (sanctions, force, consequences)
 * or will pay dearly for is the speaker's threat to it (ex_face_threats);
 * one's own fate, a denial or another's report is none. */
static void fate_foretold_is_a_threat(void **state)
{
    got g;
    run(state, "Turkey would face sanctions if it invaded Syria, Sweden "
               "said on Monday.",
        &g);
    assert_true(rel_with_code(&g, "1312") < g.n);
    expect_rel(&g, rel_with_code(&g, "1312"), "SWE", "threaten", "TUR",
               "1312");
    expect_coded(state, "Sweden said Turkey could face serious consequences "
                        "if it kept troops in Syria.",
                 "SWE", "threaten", "TUR", "130");
    expect_coded(state, "Sweden told Turkey on Friday that it would pay "
                        "dearly for backing the rebels.",
                 "SWE", "threaten", "TUR", "130");
    expect_coded(state, "Turkey will face air strikes unless it pulls back, "
                        "Sweden warned.",
                 "SWE", "threaten", "TUR", "138");
    /* (one's own fate; a denial; a speaker after the clause with no
     * comma reports another matter) */
    coded_in(state, "Sweden said it could face sanctions.", "1312", 0);
    coded_in(state, "Turkey would not face sanctions, Sweden said.", "1312",
             0);
    coded_in(state, "Turkey could face sanctions after Sweden said Syria "
                    "lied.",
             "1312", 0);
}

/* "Sri Lanka's president quit after months of street protests", "Israel
 * halted work on the neighbourhood after Washington objected": a state's
 * concession no entry reads (a resignation, a policy dropped) yields to
 * the party whose protests, pressure or objection the sentence names, or
 * to its own opposition when only protests are named
 * (ex_protest_concessions); not after air strikes, nor one not made. */
static void concessions_after_protests_yield(void **state)
{
    expect_coded(state, "Sweden's government scrapped its fuel tax rise "
                        "after weeks of street protests.",
                 "SWE", "yield", "SWE_OPP", "0832");
    expect_coded(state, "The Swedish prime minister resigned after months "
                        "of protests.",
                 "SWE", "yield", "SWE_OPP", "0831");
    expect_coded(state, "Turkey halted work on the dam after Sweden "
                        "objected.",
                 "TUR", "yield", "SWE", "0832");
    expect_coded(state, "Under pressure from Sweden, Turkey dropped its "
                        "plan to build the dam.",
                 "TUR", "yield", "SWE", "0832");
    coded_in(state, "Sweden's government scrapped its fuel tax rise after "
                    "air strikes by Turkey.",
             "0832", 0);
    coded_in(state, "Sweden's government did not scrap its fuel tax rise "
                    "after weeks of protests.",
             "0832", 0);
    coded_in(state, "Turkey's army withdrew its troops after weeks of "
                    "protests.",
             "0832", 0);
}

/* The sentence's test before the scan of concessions (ex_concession_cue)
 * lets each way of naming the party through: a verb of bowing or
 * yielding, a complaint. */
static void concession_cue_lets_each_party_through(void **state)
{
    expect_coded(state, "Turkey dropped its plan to build the dam, bowing "
                        "to Sweden.",
                 "TUR", "yield", "SWE", "0832");
    expect_coded(state, "Turkey's government dropped its plan to build the "
                        "dam, yielding to Sweden.",
                 "TUR", "yield", "SWE", "0832");
    expect_coded(state, "Sweden's government scrapped the new fuel tax "
                        "after Turkey complained.",
                 "SWE", "yield", "TUR", "0832");
    coded_in(state, "Sweden's government scrapped its fuel tax rise on "
                    "Monday.",
             "0832", 0);
}

/* "Zorg Motors and Karsa Bank had discussed jointly building a truck plant": work
 * only talked of or weighed before "jointly" is no cooperation done (060;
 * ex_joint_pairs), while work the pair will do jointly is. */
static void joint_work_only_discussed_is_not_done(void **state)
{
    coded_in(state, "Zorg Motors and Karsa Bank had discussed jointly "
                    "building a truck plant in Europe.",
             "060", 0);
    coded_in(state, "Sweden and Turkey are considering jointly building a "
                    "bridge over the river.",
             "060", 0);
    expect_coded(state, "Sweden and Turkey will jointly build a bridge over "
                        "the river.",
                 "SWE", "cooperate_materially", "TUR", "060");
}

/* "Swedish insurance firms will invest in Turkey and Greece": an
 * insurer's or a fund's investment is a purchase of securities, no
 * economic cooperation with the country (061); a maker's investment
 * stays (ex_portfolio_investor). */
static void portfolio_investment_is_no_cooperation(void **state)
{
    coded_in(state, "Swedish insurance firms will invest in Turkey and "
                    "Greece next year.",
             "061", 0);
    expect_coded(state, "Zorg Motors will invest 500 million dollars in "
                        "Turkey.",
                 "ZORG_MOTORS", "invest", "TUR", "061");
}

/* "he accepted Mr Blunkett's word": accepting another's word, assurances
 * or explanation is belief, no concession to him (080;
 * ex_word_believed); accepting his offer stays. */
static void word_accepted_is_no_concession(void **state)
{
    coded_in(state, "Sweden's foreign minister said he accepted Turkey's "
                    "assurances that the dam would not harm the river.",
             "080", 0);
    coded_in(state, "Sweden's foreign minister accepted Turkey's "
                    "explanation of the border incident.",
             "080", 0);
    expect_coded(state, "Sweden's foreign minister accepted Turkey's offer "
                        "of talks.",
                 "SWE", "accept", "TUR", "080");
}

/* "was attending the Washington World Bank/IMF meeting": a capital that
 * names the meeting attended is its venue, no host visited (042;
 * ex_capital_names_meeting); a capital visited stays. */
static void capital_naming_a_meeting_is_no_host(void **state)
{
    coded_in(state, "Sweden's finance minister was attending the Ankara "
                    "budget meeting.",
             "042", 0);
    expect_coded(state, "Sweden's finance minister visited Ankara on "
                        "Monday.",
                 "SWE", "visit", "TUR", "042");
}

/* "Baker called Miyazawa early this week to warn him": the one phoned is
 * no actor of the infinitive after him; the caller is (ex_caller_purpose),
 * while one urged to act stays its actor. */
static void caller_acts_in_the_purpose_of_a_call(void **state)
{
    expect_coded(state, "Sweden's prime minister telephoned Turkey's "
                        "president on Monday to warn him that the talks "
                        "would fail.",
                 "SWE", "threaten", "TUR", "130");
    expect_coded(state, "Sweden's prime minister called Turkey's president "
                        "early this week to warn him that the talks would "
                        "fail.",
                 "SWE", "threaten", "TUR", "130");
}

/* "KEPCO has signed contracts with three U.S. firms to supply equipment":
 * a contract between two firms is a sale, no accord of cooperation (057;
 * ex_firms_dealings); one on a joint venture, and a state's, stay. */
static void firms_contract_is_a_sale(void **state)
{
    coded_in(state, "Zorg Motors has signed contracts with Karsa Bank to "
                    "supply trucks.",
             "057", 0);
    expect_coded(state, "Zorg Motors signed a contract with Karsa Bank on "
                        "their planned joint venture in Greece.",
                 "ZORG_MOTORS", "sign", "KARSA_BANK", "057");
    expect_coded(state, "Sweden signed a contract with Turkey to build a "
                        "bridge.",
                 "SWE", "sign", "TUR", "057");
}

/* "he could have no comment on the subject while negotiations were in
 * progress in Washington": a place past a clause of time after a refusal
 * to comment is no topic of it (011; ex_comment_past_clause). */
static void comment_object_past_a_clause_of_time(void **state)
{
    coded_in(state, "Sweden's foreign minister declined to comment on the "
                    "talks while negotiations were under way in Ankara.",
             "011", 0);
    expect_coded(state, "Sweden's foreign minister declined to comment on "
                        "Turkey's plan.",
                 "SWE", "decline_comment", "TUR", "011");
}

/* "gave domestic companies until December to end their trade with":
 * a deadline a state sets its own country's firms is a rule's date, no
 * ultimatum (139; ex_home_firm_deadline); one set another state is. */
static void deadline_for_home_firms_is_no_ultimatum(void **state)
{
    coded_in(state, "Russia gave domestic companies until Friday to end "
                    "their trade with Syria.",
             "139", 0);
    expect_coded(state, "Russia gave Syria until Friday to end its trade "
                        "with Turkey.",
                 "RUS", "ultimatum", "SYR", "139");
}

/* "The aim of UKIP is to withdraw from the EU": an aim, a goal or a
 * purpose that "is to" do an act states what is sought, no act announced
 * (hypothetical; ex_aim_subject); "X is to withdraw" is scheduled. */
static void stated_aim_is_no_act(void **state)
{
    got g;
    run(state, "The aim of the Syrian government is to attack Turkey, its "
               "spokesman said.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "Syria's main goal was to attack Sweden.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    /* (a scheduled act stays intended: a threat to attack, 138) */
    run(state, "The Syrian government is to attack Turkey, its spokesman "
               "said.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
    assert_string_equal(g.cameo[0], "138");
}

/* "The Syrian strategy, officials said, is to pressure Turkey": a
 * strategy is a stated aim as a goal is, and a speech tag between commas
 * before the copula does not hide it (ex_past_speech_tag). */
static void stated_strategy_past_speech_tag(void **state)
{
    got g;
    run(state, "The Syrian government's strategy, its officials said, is "
               "to attack Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    run(state, "The Syrian government's strategy is to attack Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "hypothetical");
    /* (a scheduled act with the speech tag stays intended) */
    run(state, "The Syrian army, its officials said, is to attack Turkey.",
        &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.modality[0], "intended");
}

/* "Sweden will raise tariffs on Turkish steel, senators said today after
 * a meeting with Reagan": the meeting after the speech verb is its
 * speaker's (uncoded senators: no event), not an actor's of the clause
 * reported; a named speaker keeps it (ex_speech_then_after,
 * ex_speech_right_before). */
static void meeting_after_speech_is_speakers(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden will raise tariffs on Turkish steel, senators said "
               "today after a meeting with Reagan.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_true(strncmp(g.cameo[k], "04", 2) != 0);
    run(state, "Sweden will raise tariffs on Turkish steel, Erdogan said "
               "today after a meeting with Reagan.",
        &g);
    assert_true(rel_with_code(&g, "040") < g.n);
}

/* "did not specify which supercomputer it was willing to sell": a
 * question a verb of telling leaves open is not denied by the verb's
 * negation (ex_open_question): an offer to sell (0311), no refusal;
 * "was not willing to sell" is one (1211). */
static void open_question_is_not_denied(void **state)
{
    expect_coded(state, "Sweden did not specify which aircraft it was "
                        "willing to sell to Turkey.",
                 "SWE", "trade", "TUR", "0311");
    coded_in(state, "Sweden did not specify which aircraft it was willing "
                    "to sell to Turkey.",
             "1211", 0);
    expect_coded(state, "Sweden was not willing to sell aircraft to Turkey.",
                 "SWE", "reject", "TUR", "1211");
}

/* "talks with Swedish trade officials": the field an official serves in
 * (trade, finance, agriculture, energy, defence) between the country word
 * and the group noun keeps the state's group (ex_sector_modifiers). */
static void officials_of_a_field_are_the_state(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden's foreign minister met Turkish trade authorities on "
               "Monday.",
        &g);
    k = rel_with_code(&g, "040");
    expect_rel(&g, k, "SWE", "meet", "TUR", "040");
    assert_non_null(strstr(g.json[k], "\"code\":\"TURGOV\""));
}

/* "An armed group in Syria threatened to kill": an armed group with no
 * name is an armed perpetrator (REB, as a militant group or gunmen), of
 * the country it is in; its threat over a hostage is aimed at the one
 * its condition names. */
static void armed_group_is_rebels(void **state)
{
    expect_coded(state, "An armed group in Syria threatened to kill two "
                        "Swedish engineers unless Sweden withdraws its "
                        "soldiers.",
                 "SYR_REB", "kill", "SWE", "138");
    expect_coded(state, "Armed groups attacked a police station in southern "
                        "Syria on Monday.",
                 "SYR_REB", "attack", "SYR_COP", "190");
}

/* "Swedish warships shelled", "Turkish gunboats attacked": ships of war
 * with their state's word are its navy (MIL); named with no state
 * ("offered warships to escort the tankers") or with only "its" before
 * them they are no actor (ex_vessel_unowned). */
static void warships_of_a_state_are_its_navy(void **state)
{
    got g;
    size_t k;
    run(state, "Swedish warships shelled a Turkish oil platform on Monday.",
        &g);
    k = rel_with_code(&g, "194");
    expect_rel(&g, k, "SWE_MIL", "attack", "TUR", "194");
    assert_non_null(strstr(g.json[k], "\"code\":\"SWEMIL\""));
    run(state, "Turkish gunboats attacked a Swedish tanker.", &g);
    k = rel_with_code(&g, "190");
    expect_rel(&g, k, "TUR_MIL", "attack", "SWE", "190");
    assert_non_null(strstr(g.json[k], "\"code\":\"TURMIL\""));
    /* no state's word: the warships are nobody's known navy */
    run(state, "Sweden has offered warships to escort Norwegian tankers.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "SWEMIL"));
}

/* "met his Turkish counterpart", "Swedish judges urged their Turkish
 * counterparts": the counterpart holds the owner's office in the state
 * its word names (ex_counterparts: TURGOV, TURJUD); a name right after
 * the noun is the actor, read as before. */
static void counterpart_holds_the_owners_office(void **state)
{
    got g;
    size_t k;
    run(state, "The Swedish prime minister met his Turkish counterpart in "
               "Ankara on Monday.",
        &g);
    k = rel_with_code(&g, "040");
    expect_rel(&g, k, "SWE", "meet", "TUR", "040");
    assert_non_null(strstr(g.json[k], "\"code\":\"TURGOV\""));
    run(state, "Swedish judges urged their Turkish counterparts to free the "
               "journalists.",
        &g);
    k = rel_with_code(&g, "020");
    expect_rel(&g, k, "SWE_JUD", "urge", NULL, "020");
    assert_non_null(strstr(g.json[k], "\"code\":\"TURJUD\""));
    /* an owner of no office leaves the country bare */
    run(state, "Sweden urged its Turkish counterparts to free the "
               "journalists.",
        &g);
    for (k = 0; k < g.n; k++)
        assert_null(strstr(g.json[k], "TURGOV"));
}

/* "condemned the country's Interior Ministry": "the country's" (or
 * "the nation's") before an actor opens the object's phrase as "its"
 * does, and a ministry kg does not know by name after it is the state's
 * named last before it (ex_country_owner_phrase, ex_owner_country), unless
 * the verb's subject is that state itself. */
static void country_owner_opens_the_object(void **state)
{
    got g;
    size_t k;
    run(state, "The Swedish opposition has sharply condemned the country's "
               "Fisheries Ministry over the cod quotas.",
        &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    expect_rel(&g, k, "SWE_OPP", "criticize", "x_fisheries_ministry", "111");
    assert_non_null(strstr(g.json[k], "\"code\":\"SWEGOV\""));
    run(state, "The Swedish opposition condemned the nation's Fisheries "
               "Ministry.",
        &g);
    assert_true(rel_with_code(&g, "111") < g.n);
    /* (the country referred back to is the one named last: Turkey's) */
    run(state, "Sweden said the Turkish opposition condemned the country's "
               "Fisheries Ministry.",
        &g);
    k = rel_with_code(&g, "111");
    assert_true(k < g.n);
    assert_non_null(strstr(g.json[k], "\"code\":\"TURGOV\""));
    /* (a state acting on "the country's" organ acts on another one's,
     * kg cannot tell whose: its own would be "its") */
    run(state, "Sweden condemned the country's Fisheries Ministry.", &g);
    k = rel_with_code(&g, "111");
    assert_true(k == g.n || strstr(g.json[k], "SWEGOV") == NULL);
}

/* "arrived for a visit that includes talks with Bush": what a trip
 * includes is the traveller's, as talks after "for" are
 * (ex_trip_programme); still to come ("includes", "will include") it is
 * planned (036), done ("included") it is held (040); "includes" with no
 * trip before it is no one's. */
static void trip_programme_is_the_travellers(void **state)
{
    expect_coded(state, "The Swedish prime minister arrived in Ankara on "
                        "Monday for a three-day visit that includes talks "
                        "with the Turkish prime minister.",
                 "SWE", "meet", "TUR", "036");
    expect_coded(state, "The Swedish prime minister flew to Ankara for a "
                        "visit which will include a meeting with the "
                        "Turkish prime minister.",
                 "SWE", "meet", "TUR", "036");
    expect_coded(state, "The Swedish prime minister was in Ankara last "
                        "week for a visit which included talks with the "
                        "Turkish prime minister.",
                 "SWE", "meet", "TUR", "040");
    coded_in(state, "The Swedish report includes talks with the Turkish "
                    "prime minister.",
             "036", 0);
}

/* "Students occupying the parliament vowed to stay until Suharto
 * resigned", "striking miners refused to end their sit-in": dissent kept
 * up by a people, workers or an opposition refuses to ease it (1242), at
 * the one the "until" waits for, else at home (ex_dissent_kept_up); not
 * a stay until a date, nor a stay told with no protest, nor a sit-in
 * ended. */
static void dissent_kept_up_is_refused(void **state)
{
    expect_coded(state, "Swedish protesters occupying the parliament vowed "
                        "on Monday to stay until the government resigns.",
                 "SWE_CVL", "reject", "SWE", "1242");
    expect_coded(state, "Swedish workers refused to end their sit-in.",
                 "SWE_LAB", "reject", "SWE", "1242");
    expect_coded(state, "Swedish protesters said they would not fold their "
                        "tent camp until the government resigns.",
                 "SWE_CVL", "reject", "SWE", "1242");
    expect_coded(state, "Swedish protesters vowed to keep up their street "
                        "campaign despite appeals to go home.",
                 "SWE_CVL", "reject", "SWE", "1242");
    expect_coded(state, "Swedish workers said they would continue their "
                        "strike until Turkey agrees to their demands.",
                 "SWE_LAB", "reject", "TUR", "1242");
    coded_in(state, "Swedish workers will remain in Turkey until Tuesday.",
             "1242", 0);
    coded_in(state, "Swedish workers vowed to stay until the government "
                    "resigns.",
             "1242", 0);
    coded_in(state, "Swedish workers ended their sit-in.", "1242", 0);
}

/* "India will press ahead with the fence despite Dhaka's objections",
 * "France will go ahead with its tests despite protests from Australia":
 * an act persisted in despite another's protests defies it (124) beside
 * the protest itself; what merely happens despite them does not. */
static void protests_defied_by_persisting(void **state)
{
    got g;
    run(state, "Turkey will go ahead with the dam despite protests from "
               "Sweden.",
        &g);
    expect_rel(&g, rel_with_code(&g, "124"), "TUR", "reject", "SWE", "124");
    expect_rel(&g, rel_with_code(&g, "141"), "SWE", "protest", "TUR", "141");
    run(state, "Turkey will not budge on the dam despite Sweden's "
               "protests.",
        &g);
    expect_rel(&g, rel_with_code(&g, "124"), "TUR", "reject", "SWE", "124");
    run(state, "Turkey's exports are rising despite protests from Sweden.",
        &g);
    assert_int_equal(rel_with_code(&g, "124"), g.n);
}

/* "London said it saw no reason to relax the oil embargo on Iraq", "sees
 * no need to lift the sanctions": an act found needless is refused, as
 * "would not" refuses it (ex_no_reason_to: 1244); not praise. */
static void acts_found_needless_are_refused(void **state)
{
    got g;
    expect_coded(state, "Sweden said it saw no reason to lift sanctions on "
                        "Turkey.",
                 "SWE", "reject", "TUR", "1244");
    run(state, "Sweden sees no need to lift sanctions on Turkey.", &g);
    expect_rel(&g, rel_with_code(&g, "1244"), "SWE", "reject", "TUR",
               "1244");
    assert_string_equal(g.modality[rel_with_code(&g, "1244")], "asserted");
    coded_in(state, "Sweden said it saw no reason to praise Turkey.", "120",
             0);
}

/* "The embargo on Havana would stay in place, Bush said", "Washington
 * will keep visa restrictions on Belarusian officials in place": a
 * measure kept is a refusal to ease it (1244 sanctions, 1241 a ban or
 * restrictions) by its keeper or the speaker (ex_measures_kept); not
 * under "if", not denied. */
static void measures_kept_are_not_eased(void **state)
{
    expect_coded(state, "The embargo on Turkey will stay in place, Sweden "
                        "said.",
                 "SWE", "reject", "TUR", "1244");
    expect_coded(state, "The ban on the Turkish opposition will remain in "
                        "force, Sweden said.",
                 "SWE", "reject", "TUR_OPP", "1241");
    expect_coded(state, "Sweden will keep visa restrictions on Turkish "
                        "officials in place.",
                 "SWE", "reject", "TUR", "1241");
    /* a ban noun kept is one not eased (clauses.c, as for sanctions;
     * fixture: the noun entry "travel ban", as shipped) */
    expect_coded(state, "Sweden will keep its travel ban on Turkish "
                        "officials.",
                 "SWE", "reject", "TUR", "1241");
    coded_in(state, "Sweden will keep its travel ban on Turkish officials.",
             "172", 0);
    coded_in(state, "If the embargo on Turkey remains in place, exports "
                    "will fall, Sweden said.",
             "1244", 0);
    coded_in(state, "The embargo on Turkey will not stay in place, Sweden "
                    "said.",
             "1244", 0);
}

/* "Sudan agreed to the arrival of UN troops in Darfur", "Zimbabwe has
 * agreed to let a United Nations envoy tour": a state that lets in the
 * people of an international body allows its involvement (086, 0861 for
 * its forces; ex_igo_admitted); not one it only would let in, nor a body
 * let play a role, nor one refused. */
static void igo_people_admitted(void **state)
{
    expect_coded(state, "Sweden allowed NATO troops into its territory.",
                 "SWE", "allow_access", "NATO", "0861");
    expect_coded(state, "Sweden agreed to the arrival of NATO troops.",
                 "SWE", "allow_access", "NATO", "0861");
    expect_coded(state, "Sweden agreed to let an EU envoy visit the camps.",
                 "SWE", "allow_access", "EU", "086");
    coded_in(state, "Sweden would let NATO troops into its territory.",
             "0861", 0);
    coded_in(state, "Sweden allowed the EU to play a role.", "086", 0);
    coded_in(state, "Sweden refused to allow NATO troops into its "
                    "territory.",
             "0861", 0);
}

/* "its economic assistance to Pakistan could be suspended if Islamabad
 * went ahead": aid named as what is cut is no aid given (ex_aid_cut_after;
 * fixture: the noun entry "aid to", as shipped). */
static void aid_cut_is_no_aid_given(void **state)
{
    coded_in(state, "Sweden's aid to Turkey could be suspended if Ankara "
                    "tests.",
             "070", 0);
    coded_in(state, "Sweden's aid to Turkey was suspended after the tests.",
             "070", 0);
    coded_in(state, "Sweden's aid to Turkey rose.", "070", 1);
}

/* "He nodded towards the tomb, rather than lay a wreath": the act after
 * "rather than" or "instead of" is set aside, not done. */
static void acts_set_aside_are_not_done(void **state)
{
    coded_in(state, "Sweden kept silent rather than praise Turkey.", "051",
             0);
    coded_in(state, "Sweden kept silent instead of praising Turkey.", "051",
             0);
    coded_in(state, "Sweden praised Turkey.", "051", 1);
}

/* "he hopes the U.S. will soon be able to lift sanctions", "they hope
 * Japanese commercial banks will help Nigeria": an act hoped for in a
 * clause with a modal is no event; "hopes to praise" is the hoper's own
 * intent (032). */
static void acts_hoped_for_are_not_done(void **state)
{
    coded_in(state, "Sweden hopes Turkey will praise Syria.", "051", 0);
    coded_in(state, "Sweden said it hoped Turkey would praise Syria.", "051",
             0);
    coded_in(state, "Sweden hopes to praise Turkey.", "032", 1);
    coded_in(state, "Turkey will praise Syria.", "051", 1);
}

/* "it believes Brazil will reach agreement with its banks", "said it
 * believes that": an act believed likely, in a clause with a modal, is
 * a forecast, no event (ex_unasserted_frame). */
static void acts_believed_likely_are_not_done(void **state)
{
    coded_in(state, "Sweden believes Turkey will praise Syria.", "051", 0);
    coded_in(state, "Sweden said it believed that Turkey would praise "
                    "Syria.", "051", 0);
    coded_in(state, "Sweden believes Turkey praised Syria.", "051", 1);
}

/* "Dialogue between China and France is no doubt conducive to world
 * peace": a relation "between" two parties judged in general, the
 * sentence's subject before "is" and an adjective, tells no meeting
 * (ex_judged_relation); one that was held or is under way does. */
static void relations_judged_in_general_are_not_coded(void **state)
{
    coded_in(state, "Dialogue between Sweden and Turkey, two old trading "
                    "partners, is no doubt useful to the region.", "040", 0);
    coded_in(state, "Dialogue between Sweden and Turkey is vital.", "040",
             0);
    coded_in(state, "Dialogue between Sweden and Turkey was held in Oslo.",
             "040", 1);
    coded_in(state, "Dialogue between Sweden and Turkey is under way.",
             "040", 1);
}

/* "automakers filed suit to block California's new rules": the act
 * after "filed suit to" is what the court is asked for; the suit is the
 * act told (115, ex_suit_purpose). */
static void acts_a_suit_asks_for_are_the_suit(void **state)
{
    coded_in(state, "Sweden filed suit to halt trade with Turkey.", "115",
             1);
    coded_in(state, "Sweden filed suit to halt trade with Turkey.", "163",
             0);
    coded_in(state, "Sweden launched legal action to halt trade with "
                    "Turkey.", "115", 1);
    coded_in(state, "Sweden moved to halt trade with Turkey.", "163", 1);
}

/* "credits to protect West German farmers from a payments freeze":
 * farmers, firms, workers or the press protected are shielded by money
 * or law, not given military protection (074). */
static void sectors_protected_get_no_military_protection(void **state)
{
    coded_in(state, "Sweden protects Turkish farmers.", "074", 0);
    coded_in(state, "Sweden protects Turkey.", "074", 1);
}

/* "an EC directive that will require U.S. meat processing plants to
 * comply fully with EC standards": the act after "require(d) X to" is
 * an obligation laid on X, not done (ex_required_act). */
static void acts_required_are_not_done(void **state)
{
    coded_in(state, "A new Syrian law requires Turkey to praise Sweden.",
             "051", 0);
    coded_in(state, "Turkey is required to praise Sweden.", "051", 0);
    coded_in(state, "Turkey praised Sweden.", "051", 1);
}

/* "Moves to lift the European Union's ban on arms exports to China", "The
 * embargo on China is likely to be lifted": a sanction named as what is
 * lifted is no new one (ex_sanction_lifted). */
static void sanctions_lifted_are_not_imposed(void **state)
{
    coded_in(state, "Plans to lift the Turkish embargo on Syria were "
                    "criticised.", "163", 0);
    coded_in(state, "The Turkish embargo on Syria is likely to be lifted "
                    "soon.", "163", 0);
    coded_in(state, "The Turkish embargo on Syria - imposed after the war - "
                    "was suspended in April.", "163", 0);
    coded_in(state, "The Turkish embargo on Syria has hurt trade.", "163", 1);
}

/* "secured a similar deal to one between Iran and China": the parties
 * after "similar X to one" are the compared act's, not this one's
 * (ex_compared_noun); "signed a similar agreement with" keeps its
 * party. */
static void compared_accord_names_other_parties(void **state)
{
    coded_in(state, "Sweden signed a similar agreement to one between "
                    "Turkey and Syria.", "057", 0);
    coded_in(state, "Turkey signed a similar agreement with Syria.", "057",
             1);
}

/* "Baker considered Tokyo's package, announced yesterday, to be a major
 * stimulus", "considered it software piracy": a judgement, no policy
 * option weighed (014, ex_considered_judgement). */
static void considered_to_be_is_a_judgement(void **state)
{
    coded_in(state, "Sweden considered the Turkish offer, made on Monday, "
                    "to be generous.", "014", 0);
    coded_in(state, "Sweden is considering the Turkish offer.", "014", 1);
    coded_in(state, "Sweden considered sanctions against Turkey.", "014", 1);
}

/* "seeking injunctions in foreign courts to impound Russian oil exports":
 * the act a means sought is for is not done (ex_sought_means_act); a
 * means used ("used the order to attack") keeps it. */
static void acts_a_sought_order_is_for_are_not_done(void **state)
{
    coded_in(state, "Sweden is seeking a court order to detain the Turkish "
                    "envoy.", "173", 0);
    coded_in(state, "Sweden used the order to attack Turkey.", "190", 1);
}

/* "Britain has warned Sudan that it still has a lot of work to do": a
 * warning naming no consequence is a reproach (111, ex_warned_fact); one
 * with a consequence ("would retaliate", "if") stays a threat (130). */
static void warnings_of_a_state_of_affairs_are_reproaches(void **state)
{
    static const char *const reproach =
        "Sweden has warned Turkey that it still has a lot of work to do.";
    coded_in(state, reproach, "111", 1);
    coded_in(state, reproach, "130", 0);
    coded_in(state, "Sweden warned Turkey that it would retaliate.", "130",
             1);
    coded_in(state, "Sweden warned Turkey it will act if the talks fail.",
             "130", 1);
    /* (past an apposition, and a clause of a plain noun after "that") */
    coded_in(state, "Sweden warned Turkey, its main trading partner, that "
                    "friction over trade is hurting relations.", "111", 1);
}

/* "Two security groups warned people to avoid the browser": a warning
 * to the public at large that tells it what to do is advice, no threat
 * (ex_warned_public); a warning to a state or a crowd stays one. */
static void warnings_to_the_public_are_advice(void **state)
{
    kg_ctx *ctx = fixture_with_agents("tests/fixtures/petrarch/people.agents");
    void *own = ctx;
    (void)state;
    coded_in(&own, "Sweden warned people to avoid the new drug.", "130", 0);
    coded_in(&own, "Sweden has warned farmers not to count on more aid.",
             "130", 0);
    coded_in(&own, "Sweden warned all people against buying the pills.",
             "130", 0);
    coded_in(&own, "Sweden warned Turkey not to send troops.", "130", 1);
    coded_in(&own, "Sweden warned protesters to leave the square.", "130",
             1);
    kg_ctx_free(ctx);
}

/* "Should the EC ban Zimbabwean exports, the country will be forced to
 * sell its beef": a condition told by inversion ("should", "had",
 * "were ... to" before the subject) is supposed, no event, as after
 * "if" (ex_inverted_cond); the main clause and a plain "should" keep
 * theirs. */
static void inverted_conditions_are_supposed(void **state)
{
    coded_in(state, "Should Sweden impose sanctions on Turkey, prices will "
                    "rise.", "163", 0);
    coded_in(state, "Had Sweden attacked Turkey, the talks would have "
                    "collapsed.", "190", 0);
    coded_in(state, "Were Sweden to attack Turkey, the talks would "
                    "collapse.", "190", 0);
    coded_in(state, "Prices will rise, should Sweden impose sanctions on "
                    "Turkey.", "163", 0);
    coded_in(state, "Sweden attacked Turkey on Monday.", "190", 1);
    coded_in(state, "Sweden had attacked Turkey before the talks.", "190",
             1);
}

/* "claimed the minister's intervention was an attempt to reassure
 * voters", "the Senate defeated an attempt to cut aid to Mexico": the act
 * of an attempt only judged (after a copula) or defeated is done by no
 * one (ex_attempt_judged); the subject's own purpose stays intended. */
static void attempts_judged_or_defeated_are_not_done(void **state)
{
    coded_in(state, "Sweden said the visit was an attempt to praise "
                    "Turkey.", "051", 0);
    coded_in(state, "Sweden defeated an attempt to attack Turkey.", "190", 0);
    coded_in(state, "Sweden blocked a fresh move to attack Turkey.", "190",
             0);
    /* (the subject's own attempt keeps its modality: intended praise) */
    coded_in(state, "Sweden made an attempt to praise Turkey.", "032", 1);
}

/* "Thatcher will visit Washington next month for talks with President
 * Reagan": a visit is a going, so the talks are the visitor's, not the
 * place's, a date between the place and "for" too. */
static void talks_after_a_visit_are_the_visitors(void **state)
{
    static const char *const texts[] = {
        "Sweden visited Aleppo for talks with Turkey.",
        "Sweden visited Aleppo on Monday for talks with Turkey.", NULL};
    got g;
    size_t t, k;
    for (t = 0; texts[t]; t++) {
        run(state, texts[t], &g);
        k = rel_with_code(&g, "040");
        assert_true(k < g.n);
        assert_string_equal(g.subj[k], "SWE");
        assert_string_equal(g.obj[k], "TUR");
    }
}

/* "India decided to hold talks with Pakistan", "the EU's decision to hold
 * entry talks with Turkey", "agreed to begin negotiations with": talks
 * decided or agreed to are not held yet, an intent to meet (036). */
static void talks_decided_are_intended(void **state)
{
    got g;
    run(state, "Sweden decided to hold talks with Turkey.", &g);
    assert_true(g.n >= 1);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    assert_string_equal(g.modality[0], "intended");
    run(state, "Sweden agreed to begin negotiations with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    /* (an adverb between, ex_is_adverb: "agreed also to") */
    run(state, "Sweden agreed also to begin negotiations with Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "negotiate", "TUR", "036");
    run(state, "Sweden held talks with Turkey.", &g);
    assert_int_equal(rel_with_code(&g, "036"), g.n);
}

/* "Sudan reverses its decision to expel Oxfam": an act whose decision is
 * reversed, overturned or appealed against is not done; "Sudan's
 * decision to expel" is. */
static void decision_reversed_is_no_act(void **state)
{
    got g;
    run(state, "Sweden reversed its decision to expel Turkish journalists.",
        &g);
    assert_int_equal(rel_with_code(&g, "174"), g.n);
    run(state, "Sweden's decision to expel Turkish journalists angered "
               "Norway.", &g);
    assert_true(rel_with_code(&g, "174") < g.n);
}

/* "G8 ministers agreed to instruct the World Bank": the bare "agree"
 * entry does not take the object of an act agreed to as the party
 * agreed with; "agreed to a Turkish request" keeps it. */
static void agreed_act_object_is_no_party(void **state)
{
    got g;
    run(state, "Sweden agreed to instruct Turkey.", &g);
    assert_int_equal(rel_with_code(&g, "030"), g.n);
    /* (the request granted is Turkey's appeal too, ex_granted_ask) */
    run(state, "Sweden agreed to a Turkish request.", &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, rel_with_code(&g, "030"), "SWE", "agree_to", "TUR",
               "030");
}

/* "imposed 100 pct tariffs on 300 mln dlrs worth of Japanese goods": the
 * sum is the worth of a country's goods; the act is aimed at it. */
static void worth_of_a_countrys_goods(void **state)
{
    got g;
    run(state, "Sweden imposed sanctions on 300 mln dlrs worth of Turkish "
               "goods.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "sanction", "TUR", "163");
}

/* "agreed the Fed will let the funds rate be market-driven", "the firm
 * warned it could run out of cash": a name or a pronoun right after a
 * verb of concurring, admitting, denying, promising or warning, with a
 * finite auxiliary or a modal after it, is the subject of the clause,
 * not a party to the act (a denial's, by ex_denial_takes_clause); a
 * consequence warned of ("would face") is still a threat to it, and an
 * addressee before the clause stays the object. */
static void reported_clause_subject_is_no_object(void **state)
{
    got g;
    run(state, "Turkey agreed the Syrian government must act.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey acknowledged Syria may raise tariffs.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey conceded Russia was right.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey conceded Russia ultimately will win.", &g);
    assert_int_equal(g.n, 0);
    /* (any adverb, ex_is_adverb: was TUR yield RUS 080) */
    run(state, "Turkey conceded Russia still will win.", &g);
    assert_int_equal(g.n, 0);
    /* (any adverb ex_is_adverb reads: "also", "still") */
    run(state, "Turkey pledged Syria also would win.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey warned Syria still could lose.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey denied the Syrian government was arming rebels.", &g);
    assert_int_equal(g.n, 0);
    run(state, "Turkey warned Syria would face retaliation.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "threaten", "SYR", "130");
    run(state, "Turkey warned Syria it could face sanctions.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", "threaten", "SYR", "130");
}

/* "The company said the new computers comply with the government's
 * rules": a reported clause whose subject is a thing (a plain noun
 * phrase naming no actor) is no act of the speaker (the relation stays,
 * uncoded); a body's noun ("the group") may be the speaker's own, a
 * passive has its agent. */
static void thing_subject_of_reported_clause(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden said the new rules condemn Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden said the two loans would back Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden said the group will condemn Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "111");
    run(state, "Sweden said Russia would condemn Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "RUS", NULL, "TUR", "111");
    run(state, "Sweden said the rules had been condemned by Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.subj[k], "SWE");
    /* a bare plural of states is any state, and "had to" a modal's duty
     * ("Mr Blair said states had to work with the US") */
    run(state, "Sweden said states had to back Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden said countries must back Turkey.", &g);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.cameo[0], "");
    run(state, "Sweden said the states will back Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", NULL, "TUR", "032");
}

/* "agreed to hold up imposing sanctions on Turkey": the hold-up of an
 * act is its delay, no refusal aimed at the act's party */
static void hold_up_of_an_act_is_no_refusal(void **state)
{
    got g;
    size_t k;
    run(state, "Sweden agreed to hold up imposing sanctions on Turkey.", &g);
    for (k = 0; k < g.n; k++)
        assert_string_not_equal(g.cameo[k], "120");
    run(state, "Sweden held up the Turkish proposal.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "block", "TUR", "120");
}

/* "A former Palestinian security minister who could be key to keeping
 * order in Gaza after an Israeli pullout met Arafat": a restrictive
 * "who" clause may run long, hold a place after its preposition and
 * follow the person's plain nouns ("security minister"); the actor in
 * it is no subject of the main verb. */
static void long_who_clause_keeps_its_head(void **state)
{
    got g;
    run(state,
        "A former Turkish security minister who could be key to keeping "
        "order in Syria after a Russian pullout condemned Sweden.",
        &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "TUR", NULL, "SWE", "111");
    run(state, "A Turkish security minister who attacked Syria condemned "
               "Sweden.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, g.n - 1, "TUR", NULL, "SWE", "111");
}

/* "Syrian rebels handed in their weapons": an armed group that disarms
 * and names no one disarms before its own state (miss0408) */
static void disarming_group_before_its_state(void **state)
{
    got g;
    size_t k;
    run(state, "Hundreds of Syrian rebels handed in their weapons at "
               "assembly points on Monday.",
        &g);
    k = rel_with_code(&g, "0873");
    assert_true(k < g.n);
    assert_string_equal(g.obj[k], "SYR");
    /* (one named after "to" is who they disarm before) */
    run(state, "Syrian rebels handed in their weapons to Turkish troops.",
        &g);
    k = rel_with_code(&g, "0873");
    assert_true(k < g.n);
    assert_string_not_equal(g.obj[k], "SYR");
}

/* "visited the tomb of the unknown soldier in Kabul": a site visited in
 * a foreign place is a visit to its state; one at home is no visit
 * (miss0408) */
static void site_visited_in_a_place(void **state)
{
    got g;
    size_t k;
    run(state, "The French foreign minister visited the tomb of the "
               "unknown soldier in Kabul on Tuesday.",
        &g);
    k = rel_with_code(&g, "042");
    assert_true(k < g.n);
    assert_string_equal(g.subj[k], "FRA");
    assert_string_equal(g.obj[k], "AFG");
    run(state, "The French foreign minister visited a school for deaf "
               "children in Paris on Tuesday.",
        &g);
    k = rel_with_code(&g, "042");
    assert_true(k == g.n);
}

/* "Turkey agreed in trade talks with Syria", "said during talks with
 * Syria": talks one side acts or speaks in were held by both, as after
 * talks (ex_talks_after) (miss0408) */
static void talks_during_are_both_sides(void **state)
{
    got g;
    run(state, "Turkey agreed in trade talks with Syria to reopen the "
               "border.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "meet", "SYR"), 1);
    assert_int_equal(count_rel(&g, "SYR", "meet", "TUR"), 1);
}

/* "The government submitted to parliament a bill": a text handed to a
 * body, no yielding to it (ex_document_submitted) (miss0408) */
static void document_submitted_is_no_yield(void **state)
{
    got g;
    run(state, "The Turkish government submitted to Syria a draft accord "
               "on sharing river water.",
        &g);
    expect_no_code(&g, "080");
    run(state, "Syria submitted to Turkey after weeks of pressure.", &g);
    assert_true(rel_with_code(&g, "080") < g.n);
}

/* "met with representatives of the militia": those who speak for a
 * group stand for it, as its members and leaders do
 * (ex_object_modifiers) (miss0408) */
static void representatives_stand_for_their_group(void **state)
{
    got g;
    size_t k;
    run(state, "Turkey's envoy met on Sunday with representatives of Boko "
               "Haram.",
        &g);
    k = rel_with_code(&g, "040");
    assert_true(k < g.n);
    assert_string_equal(g.obj[k], "BOKO_HARAM");
}

/* "Turkey and the leader of Boko Haram met": a conjunct told
 * as the one who heads the actor is the actor (ex_conjunct_start), and
 * the two met each other (miss0408) */
static void conjunct_head_of_an_actor(void **state)
{
    got g;
    run(state, "Turkey and the leader of Boko Haram met in "
               "Ankara on Monday.",
        &g);
    assert_int_equal(count_rel(&g, "TUR", "meet", "BOKO_HARAM"), 1);
    assert_int_equal(count_rel(&g, "BOKO_HARAM", "meet", "TUR"), 1);
}

/* "a Turkish-Syrian meeting", "Israeli-Syrian talks": a compound of two
 * countries before a meeting noun names both sides as one, as "talks
 * between X and Y" does, so the meeting is coded both ways (was the
 * first part's only); talks still to come are 036 both ways, as "talks
 * between X and Y will open" are. */
static void hyphen_pair_meets_both_ways(void **state)
{
    got g;
    run(state, "A hastily arranged Turkish-Syrian meeting ended without a "
               "deal on Tuesday.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "TUR", "meet", "SYR", "040");
    expect_rel(&g, 1, "SYR", "meet", "TUR", "040");

    run(state, "Israeli-Syrian negotiations on the border resumed in "
               "Ankara.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "ISR", "negotiate", "SYR", "046");
    expect_rel(&g, 1, "SYR", "negotiate", "ISR", "046");

    run(state, "An Israeli-Syrian meeting will be held in Ankara next "
               "month.",
        &g);
    assert_int_equal(g.n, 2);
    expect_rel(&g, 0, "ISR", "meet", "SYR", "036");
    expect_rel(&g, 1, "SYR", "meet", "ISR", "036");
}

/* "Ecuador, Mexico and Venezuela are attending the conference": a meeting
 * attended (044) is no meeting of each attendee with each other one, as
 * "Chile and Peru met" is (ex_symmetric): they sit at one table with
 * others and none is named as the other's counterpart. */
static void attendees_are_not_each_others_counterparts(void **state)
{
    got g;
    run(state, "Ministers from Turkey, Syria and Egypt are attending the "
               "two-day conference, while Iraq is present as an observer.",
        &g);
    expect_no_code(&g, "044");
    run(state, "Turkey and Syria are attending the forum.", &g);
    expect_no_code(&g, "044");
    run(state, "Turkey and Syria met in Ankara on Monday.", &g);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.cameo[0], "040");
    assert_string_equal(g.cameo[1], "040");
    assert_string_equal(g.subj[0], g.obj[1]);
    assert_string_equal(g.subj[1], g.obj[0]);
}

/* "pressed Islamabad to seal its border and cut off supplies to the
 * Taliban", "asked Washington to station troops and to hold exercises": a
 * verb joined by "and" (or "and to") to an infinitive asked for is asked
 * for as that one is, no act done (ex_asked_and_verb), whoever is read as
 * its subject; done, both are coded. */
static void second_verb_of_an_asked_act(void **state)
{
    coded_in(state, "Sweden urged Turkey to seal its border and attack "
                    "Syria.",
             "190", 0);
    coded_in(state, "Sweden asked Turkey to close its embassy and to attack "
                    "Syria.",
             "190", 0);
    coded_in(state, "Turkey sealed its border and attacked Syria.", "190",
             1);
    coded_in(state, "Turkey will seal its border and attack Syria.", "190",
             0);
}

/* "appealed for the release of aid worker Margaret Hassan", "called for
 * the release of the inmates at Guantanamo Bay": a release is asked of
 * those who hold the people released, not of the people (as the dev gold
 * and CAMEO's 0253 and 1053 code it): the holders named by "held by" are
 * the target, else no one named is (ex_released_of). */
static void release_is_asked_of_the_holders(void **state)
{
    got g;
    run(state, "Turkey demanded the release of Syrian prisoners.", &g);
    expect_no_code(&g, "1053");
    run(state, "Turkey demanded the release of Syrian diplomats held by "
               "Egypt.",
        &g);
    assert_true(g.n >= 1);
    expect_rel(&g, rel_with_code(&g, "1053"), "TUR", NULL, "EGY", "1053");
}

/* "Ecuador is negotiating with Nigeria", "haggled with": a verb of
 * bargaining with one side as its subject is that side's act, one way
 * (ex_mutual_act), as "Syria met Turkey" is; talks held stay both sides'
 * ("held talks with", the README's convention). */
static void one_side_negotiating_is_one_way(void **state)
{
    got g;
    run(state, "Syria is negotiating with Turkey on a new loan.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SYR", NULL, "TUR", "046");
    run(state, "Syria held talks with Turkey on Monday.", &g);
    assert_int_equal(g.n, 2);
}

/* "urged Turkey on Thursday to grant its Kurdish minority greater rights",
 * "pressed Islamabad on Monday to seal its border and ...": a date between
 * the one asked and "to" leaves the act asked for (ex_asked_infinitive
 * read that "on" as the particle of "called on"). */
static void date_before_an_asked_act(void **state)
{
    coded_in(state, "Sweden urged Turkey on Monday to seal its border and "
                    "attack Syria.",
             "190", 0);
    coded_in(state, "Sweden urged Turkey on Monday to close its embassy and "
                    "to attack Syria.",
             "190", 0);
    coded_in(state, "Sweden urged Turkey on Monday and attacked Syria on "
                    "Tuesday.",
             "190", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_verb_object),
        cmocka_unit_test(aside_between_dashes_is_skipped),
        cmocka_unit_test(negation_is_kept),
        cmocka_unit_test(unnamed_tail_speaker),
        cmocka_unit_test(titled_stranger_speaks_for_state),
        cmocka_unit_test(speech_occasion_keeps_the_intent),
        cmocka_unit_test(pair_works_jointly),
        cmocka_unit_test(shared_view_is_mutual),
        cmocka_unit_test(would_not_say_declines_comment),
        cmocka_unit_test(group_said_it_carried_out_attack),
        cmocka_unit_test(unnamed_officials_announce_intent),
        cmocka_unit_test(expected_in_a_capital_is_a_visit_ahead),
        cmocka_unit_test(aid_pledged_to_people_in_a_place),
        cmocka_unit_test(agreed_concession_once),
        cmocka_unit_test(lobbied_to_back_another),
        cmocka_unit_test(said_on_day_own_intent),
        cmocka_unit_test(appeal_dated_before_to),
        cmocka_unit_test(visiting_speaker_is_no_visit),
        cmocka_unit_test(speaker_announces_his_states_intent),
        cmocka_unit_test(title_of_country_is_an_office),
        cmocka_unit_test(intent_and_threat_words),
        cmocka_unit_test(titles_and_codes_by_date),
        cmocka_unit_test(title_state_chooses_office),
        cmocka_unit_test(apposition_state_chooses_office),
        cmocka_unit_test(unknown_titled_person_is_one_mention),
        cmocka_unit_test(money_and_compounds),
        cmocka_unit_test(pronouns_and_coordination),
        cmocka_unit_test(appeals_and_demands),
        cmocka_unit_test(asked_of_phrase),
        cmocka_unit_test(owed_or_forced_infinitive),
        cmocka_unit_test(that_clause_demands),
        cmocka_unit_test(that_clause_do_and_groups),
        cmocka_unit_test(handed_a_protest_note),
        cmocka_unit_test(bare_subjunctive_after_insist),
        cmocka_unit_test(demanded_on_a_day_that),
        cmocka_unit_test(told_on_a_day_to),
        cmocka_unit_test(pressed_is_a_demand),
        cmocka_unit_test(anti_actor_protest_target),
        cmocka_unit_test(farmers_across_a_country),
        cmocka_unit_test(rally_in_support_of),
        cmocka_unit_test(offer_of_talks_with),
        cmocka_unit_test(offer_talks_accept_ceasefire),
        cmocka_unit_test(agreed_in_principle_is_intent),
        cmocka_unit_test(noun_act_by_its_agent),
        cmocka_unit_test(armed_movement_into),
        cmocka_unit_test(bare_subjunctive_demands),
        cmocka_unit_test(owned_forces_fighting),
        cmocka_unit_test(under_investigation_by),
        cmocka_unit_test(inquiry_into_event),
        cmocka_unit_test(state_of_emergency_is_no_state),
        cmocka_unit_test(state_of_a_thing_is_no_state),
        cmocka_unit_test(curfew_eased_in_a_region),
        cmocka_unit_test(security_raised_at_home),
        cmocka_unit_test(civilians_in_an_assault_gap),
        cmocka_unit_test(goods_listed_before_the_party),
        cmocka_unit_test(leader_steps_down_at_home),
        cmocka_unit_test(career_step_down_is_no_concession),
        cmocka_unit_test(freedoms_eased_at_home),
        cmocka_unit_test(hopeful_that_a_clause),
        cmocka_unit_test(participle_after_a_date),
        cmocka_unit_test(rights_granted_to_own_people),
        cmocka_unit_test(shared_truce_both_ways),
        cmocka_unit_test(handed_over_to_before_the_thing),
        cmocka_unit_test(strikes_on_an_actor_are_attacks),
        cmocka_unit_test(demanded_stop_is_not_done),
        cmocka_unit_test(demanded_that_titled_leader_resign),
        cmocka_unit_test(weapons_hit_in_headlines),
        cmocka_unit_test(participle_after_a_place),
        cmocka_unit_test(means_asked_for_to_act),
        cmocka_unit_test(group_noun_opening_a_title),
        cmocka_unit_test(faith_word_keeps_the_country),
        cmocka_unit_test(meeting_called_off_is_no_meeting),
        cmocka_unit_test(meeting_between_ahead_is_036),
        cmocka_unit_test(between_past_abbreviation_and_time),
        cmocka_unit_test(between_title_apposition_and_compound),
        cmocka_unit_test(talks_after_opening_phrase),
        cmocka_unit_test(meetings_in_an_opening_venue),
        cmocka_unit_test(talks_after_are_both_ways),
        cmocka_unit_test(period_from_today_inside_entry),
        cmocka_unit_test(month_from_today_inside_entry),
        cmocka_unit_test(consultation_past_place_and_time),
        cmocka_unit_test(verb_after_a_possessive_is_a_noun),
        cmocka_unit_test(recommended_acts_are_not_done),
        cmocka_unit_test(scheduled_and_expected),
        cmocka_unit_test(readied_and_scheduled_past_a_date),
        cmocka_unit_test(future_time_scheduled),
        cmocka_unit_test(future_temporal_clause),
        cmocka_unit_test(home_visit_is_no_visit),
        cmocka_unit_test(workers_and_courts_act_at_home),
        cmocka_unit_test(crowds_at_a_parliament_are_its_people),
        cmocka_unit_test(things_that_help_are_no_actors),
        cmocka_unit_test(things_before_a_place_that_help),
        cmocka_unit_test(working_with_as_a_job_is_no_event),
        cmocka_unit_test(title_chooses_the_office),
        cmocka_unit_test(office_named_before_holds_in_the_story),
        cmocka_unit_test(country_leaders_are_its_government),
        cmocka_unit_test(owned_name_is_no_actor),
        cmocka_unit_test(unknown_name_before_group_noun),
        cmocka_unit_test(community_takes_sentence_country),
        cmocka_unit_test(workers_at_described_firm),
        cmocka_unit_test(short_ministry_of_is_no_person),
        cmocka_unit_test(foreign_group_takes_no_local_country),
        cmocka_unit_test(bloc_word_inside_a_name),
        cmocka_unit_test(topic_modifier_is_no_party),
        cmocka_unit_test(weighed_plans_are_not_done),
        cmocka_unit_test(compared_act_is_not_the_news),
        cmocka_unit_test(argued_and_weighed_acts),
        cmocka_unit_test(any_or_risked_act_past_its_owner),
        cmocka_unit_test(owed_and_awaited_acts),
        cmocka_unit_test(act_given_time_is_owed),
        cmocka_unit_test(modal_shared_by_joined_verb),
        cmocka_unit_test(headline_to_intended),
        cmocka_unit_test(participle_adjective_after_a_verb),
        cmocka_unit_test(parts_of_a_country),
        cmocka_unit_test(host_presenter_no_visit),
        cmocka_unit_test(firms_business_is_no_act),
        cmocka_unit_test(firms_talks_are_business),
        cmocka_unit_test(venue_is_no_party),
        cmocka_unit_test(place_locating_subject_is_no_actor),
        cmocka_unit_test(accord_with_itself_is_no_event),
        cmocka_unit_test(own_side_said_is_no_accusation),
        cmocka_unit_test(securities_market_is_no_partner),
        cmocka_unit_test(but_now_keeps_the_subject),
        cmocka_unit_test(speaker_and_it_are_coordinated),
        cmocka_unit_test(person_of_country_is_a_member),
        cmocka_unit_test(opening_act_of_a_listed_subject),
        cmocka_unit_test(clash_over_an_issue_is_a_quarrel),
        cmocka_unit_test(accord_wished_is_not_made),
        cmocka_unit_test(passive_signing_after_place_and_date),
        cmocka_unit_test(accord_between_to_come),
        cmocka_unit_test(uncoded_victim_of_a_condition),
        cmocka_unit_test(insisted_it_would),
        cmocka_unit_test(said_it_would_unless),
        cmocka_unit_test(plural_possessive_sector_is_a_party),
        cmocka_unit_test(capital_market_not_government),
        cmocka_unit_test(trade_round_is_no_country),
        cmocka_unit_test(capital_court_is_the_judiciary),
        cmocka_unit_test(warning_of_risk_is_no_threat),
        cmocka_unit_test(coordinated_signers),
        cmocka_unit_test(coordinated_material_cooperation),
        cmocka_unit_test(opening_participles_take_the_main_subject),
        cmocka_unit_test(domestic_sectors_take_the_sentence_country),
        cmocka_unit_test(insisting_on_a_subjunctive),
        cmocka_unit_test(possessives_before_sector_nouns),
        cmocka_unit_test(parties_in_pattern_gaps),
        cmocka_unit_test(he_after_an_unnamed_office),
        cmocka_unit_test(dates_inside_entries),
        cmocka_unit_test(adverbs_inside_entries),
        cmocka_unit_test(durations_inside_entries),
        cmocka_unit_test(intent_to_negotiate_is_one_sided),
        cmocka_unit_test(ready_for_a_noun_with),
        cmocka_unit_test(coordinated_exporters_trade_not_with_each_other),
        cmocka_unit_test(prepared_to_hold_a_meeting),
        cmocka_unit_test(join_state_in_effort),
        cmocka_unit_test(body_leaders_said_they),
        cmocka_unit_test(offered_to_arrange_a_meeting_between),
        cmocka_unit_test(admitting_ones_own_act),
        cmocka_unit_test(said_it_would_extend_a_loan),
        cmocka_unit_test(discussing_together),
        cmocka_unit_test(names_inside_entries),
        cmocka_unit_test(institutions_speak),
        cmocka_unit_test(armed_groups_speak),
        cmocka_unit_test(agreed_to_aid_is_intent),
        cmocka_unit_test(let_into_own_land),
        cmocka_unit_test(promised_it_would),
        cmocka_unit_test(signalled_it_would),
        cmocka_unit_test(sum_before_the_thing),
        cmocka_unit_test(sanction_on_a_countrys_goods),
        cmocka_unit_test(plural_after_a_state_is_the_noun),
        cmocka_unit_test(worth_a_sum),
        cmocka_unit_test(adjectives_are_no_antecedents),
        cmocka_unit_test(uncoded_names_in_gaps),
        cmocka_unit_test(without_saying),
        cmocka_unit_test(appeal_verbs_read_as_urge),
        cmocka_unit_test(noun_entries_ending_in_their_preposition),
        cmocka_unit_test(claims_are_accusations),
        cmocka_unit_test(own_claims_are_responsibility),
        cmocka_unit_test(intentions_code_as_intent),
        cmocka_unit_test(announced_intentions_and_counted_objects),
        cmocka_unit_test(receiving_from_a_giver),
        cmocka_unit_test(sums_given_to_an_actor),
        cmocka_unit_test(sums_given_before_to),
        cmocka_unit_test(text_ends_after_an_article),
        cmocka_unit_test(passive_of_a_verb_and_its_noun),
        cmocka_unit_test(unnamed_offices),
        cmocka_unit_test(things_and_asked_acts),
        cmocka_unit_test(charge_nouns),
        cmocka_unit_test(answered_appeals),
        cmocka_unit_test(granted_asks),
        cmocka_unit_test(territory_handed_back),
        cmocka_unit_test(appeal_for_act_negated),
        cmocka_unit_test(deny_with_two_objects),
        cmocka_unit_test(wanted_from),
        cmocka_unit_test(criticism_idioms),
        cmocka_unit_test(told_medium_is_no_actor),
        cmocka_unit_test(committee_chairman_has_its_code),
        cmocka_unit_test(met_with_pair_is_no_mutual_act),
        cmocka_unit_test(press_audience_is_no_consult),
        cmocka_unit_test(accord_city_is_no_party),
        cmocka_unit_test(own_body_must_is_no_demand),
        cmocka_unit_test(allegations_talks_and_riots),
        cmocka_unit_test(judgement_clauses),
        cmocka_unit_test(participle_appeal_is_the_subjects),
        cmocka_unit_test(trailing_charge_accuses),
        cmocka_unit_test(troops_sent_to_protect),
        cmocka_unit_test(verdict_before_the_object),
        cmocka_unit_test(force_against_part_of_a_place),
        cmocka_unit_test(and_verbs_share_the_clause_subject),
        cmocka_unit_test(appeals_to_all),
        cmocka_unit_test(plural_pronouns),
        cmocka_unit_test(idioms_of_reconciliation),
        cmocka_unit_test(bare_titles_before_objects),
        cmocka_unit_test(places_of_force),
        cmocka_unit_test(counted_plurals),
        cmocka_unit_test(acts_asked_of_unnamed_people),
        cmocka_unit_test(parties_that_are_sides),
        cmocka_unit_test(place_phrases),
        cmocka_unit_test(unknown_towns_placed),
        cmocka_unit_test(dateline_town),
        cmocka_unit_test(armed_groups_not_the_datelines),
        cmocka_unit_test(truce_broken_by_means),
        cmocka_unit_test(capital_before_a_site),
        cmocka_unit_test(coordinated_country_words_share_the_noun),
        cmocka_unit_test(possessors_of_arrests),
        cmocka_unit_test(requests_rejected),
        cmocka_unit_test(requests_answered_or_reported),
        cmocka_unit_test(meetings_put_ahead_in_their_phrase),
        cmocka_unit_test(seas_named_for_countries),
        cmocka_unit_test(acts_sought_by_infinitive),
        cmocka_unit_test(passive_possessed_act_compound),
        cmocka_unit_test(trip_place_is_no_party),
        cmocka_unit_test(acts_accused_of_are_alleged),
        cmocka_unit_test(roots_news_wording),
        cmocka_unit_test(visiting_guests_are_hosted),
        cmocka_unit_test(visiting_guest_after_article),
        cmocka_unit_test(visiting_guest_as_subject),
        cmocka_unit_test(comment_on_own_side_uncoded),
        cmocka_unit_test(statements_reach_the_clause_party),
        cmocka_unit_test(accusations_rejected),
        cmocka_unit_test(offers_rejected),
        cmocka_unit_test(between_two_actors),
        cmocka_unit_test(diplomatic_relations_restored_both_ways),
        cmocka_unit_test(state_deeds_criticised_in_place),
        cmocka_unit_test(trade_as_modifier),
        cmocka_unit_test(sale_goods_are_no_party),
        cmocka_unit_test(company_names_keep_their_places),
        cmocka_unit_test(threat_nouns_threaten),
        cmocka_unit_test(offered_things_are_no_party),
        cmocka_unit_test(approved_things_endorse_nobody),
        cmocka_unit_test(conjuncts_with_adjectives_and_lists),
        cmocka_unit_test(possessives_open_object_phrases),
        cmocka_unit_test(roles_in_appositions),
        cmocka_unit_test(pronoun_objects_and_year_nouns),
        cmocka_unit_test(roles_named_in_appositions),
        cmocka_unit_test(nouns_after_determiners_and_as_did),
        cmocka_unit_test(behind_and_addressees),
        cmocka_unit_test(described_countries_and_gap_objects),
        cmocka_unit_test(faiths_before_group_nouns),
        cmocka_unit_test(groups_loyal_to_an_actor),
        cmocka_unit_test(counts_before_faiths_and_groups),
        cmocka_unit_test(conjuncts_with_faiths),
        cmocka_unit_test(between_after_dates_and_places),
        cmocka_unit_test(unarmed_fights_are_no_combat),
        cmocka_unit_test(verbs_as_modifiers),
        cmocka_unit_test(attacks_on_words_are_criticism),
        cmocka_unit_test(attacks_on_home_rivals_are_criticism),
        cmocka_unit_test(title_of_gerund_is_no_place),
        cmocka_unit_test(based_places_are_no_actors),
        cmocka_unit_test(public_at_large_is_no_party),
        cmocka_unit_test(official_as_adjective),
        cmocka_unit_test(own_state_is_no_partner),
        cmocka_unit_test(nouns_before_between),
        cmocka_unit_test(coordinated_passive_agents),
        cmocka_unit_test(coordinated_passive_participles),
        cmocka_unit_test(progressive_of_a_listed_ing_form),
        cmocka_unit_test(time_word_before_a_bare_title),
        cmocka_unit_test(second_word_of_a_noun_entry),
        cmocka_unit_test(light_verbs_before_modifiers),
        cmocka_unit_test(roads_blocked_by_forces),
        cmocka_unit_test(lists_end_in_and),
        cmocka_unit_test(visitors_during_visits),
        cmocka_unit_test(visitor_of_an_as_clause),
        cmocka_unit_test(left_after_talks_is_a_visit),
        cmocka_unit_test(self_visit_is_no_event),
        cmocka_unit_test(capitals_before_possessives),
        cmocka_unit_test(quotes_over_sentence_boundaries),
        cmocka_unit_test(subjects_of_verbs_after_and),
        cmocka_unit_test(objects_named_by_what_called),
        cmocka_unit_test(who_after_a_body_s_people),
        cmocka_unit_test(subjects_of_verbs_after_but),
        cmocka_unit_test(things_that_harm_are_no_actors),
        cmocka_unit_test(storms_are_no_actors),
        cmocka_unit_test(surnames_of_people_named_before),
        cmocka_unit_test(surnames_resolved_by_the_story_date),
        cmocka_unit_test(surname_of_a_firm_named_before),
        cmocka_unit_test(honorifics_before_objects),
        cmocka_unit_test(own_side_defended_is_no_event),
        cmocka_unit_test(passive_clause_party_is_no_addressee),
        cmocka_unit_test(participle_after_to_is_no_act),
        cmocka_unit_test(tail_speaker_is_named_after_the_comma),
        cmocka_unit_test(request_topic_is_no_addressee),
        cmocka_unit_test(appeal_made_is_the_verb),
        cmocka_unit_test(possessed_backed_noun_is_the_possessors),
        cmocka_unit_test(it_after_joined_saying_is_the_subject),
        cmocka_unit_test(insisted_bare_verb_is_a_demand),
        cmocka_unit_test(own_people_appealed_to),
        cmocka_unit_test(country_asked_is_the_one_named),
        cmocka_unit_test(hope_that_another_will_is_an_appeal),
        cmocka_unit_test(requests_answered_or_acted_on),
        cmocka_unit_test(firm_pleas_are_business),
        cmocka_unit_test(not_only_is_no_negation),
        cmocka_unit_test(asked_in_an_aside),
        cmocka_unit_test(press_after_modal_is_the_verb),
        cmocka_unit_test(proposed_thing_names_no_addressee),
        cmocka_unit_test(gap_crossing_a_clause_is_no_act),
        cmocka_unit_test(firm_takeover_is_no_occupation),
        cmocka_unit_test(standing_occupation_is_no_act),
        cmocka_unit_test(meeting_topic_is_no_guest),
        cmocka_unit_test(speakers_from_a_state_stand_for_it),
        cmocka_unit_test(meeting_between_a_list_of_parties),
        cmocka_unit_test(possessed_noun_after_adjectives),
        cmocka_unit_test(topic_phrase_actor_is_no_party),
        cmocka_unit_test(questions_are_no_appeals),
        cmocka_unit_test(bounded_counts_and_relative_things),
        cmocka_unit_test(sector_nouns_before_acts),
        cmocka_unit_test(subjects_before_relative_clauses),
        cmocka_unit_test(extremists_are_a_group),
        cmocka_unit_test(shared_subjects_and_longer_names),
        cmocka_unit_test(workers_share_the_ontology),
        cmocka_unit_test(despite_protests_from),
        cmocka_unit_test(despite_calls_defied),
        cmocka_unit_test(invitation_turned_down),
        cmocka_unit_test(unknown_town_of_a_nationality),
        cmocka_unit_test(acts_stopped_are_not_done),
        cmocka_unit_test(acts_in_conditions_are_not_events),
        cmocka_unit_test(in_protest_at),
        cmocka_unit_test(protest_against_own_government),
        cmocka_unit_test(protest_act_purpose),
        cmocka_unit_test(purpose_after_a_place),
        cmocka_unit_test(noun_act_inside_an_appeal),
        cmocka_unit_test(light_verb_noun_inside_an_appeal),
        cmocka_unit_test(asked_through_demand_possessive_odds),
        cmocka_unit_test(appositive_passive_and_place_of),
        cmocka_unit_test(purpose_aimed_at_designed_to),
        cmocka_unit_test(appeal_gap_modifier),
        cmocka_unit_test(passive_being_of_plain_noun),
        cmocka_unit_test(street_protests_at_home),
        cmocka_unit_test(protest_dates_and_pressed_leaders),
        cmocka_unit_test(sanctions_kept_are_not_eased),
        cmocka_unit_test(actor_ending_the_entry_is_its_object),
        cmocka_unit_test(expelled_agencies_are_the_object),
        cmocka_unit_test(euro_zone_members_are_the_eu),
        cmocka_unit_test(acted_site_is_no_subject),
        cmocka_unit_test(owned_noun_before_a_passive),
        cmocka_unit_test(protesters_of_the_place),
        cmocka_unit_test(riots_on_things),
        cmocka_unit_test(mobs_that_kill_are_no_riot),
        cmocka_unit_test(protests_held_by_a_place),
        cmocka_unit_test(protested_at_home),
        cmocka_unit_test(title_before_a_persons_government),
        cmocka_unit_test(supporters_of_a_leader),
        cmocka_unit_test(reduced_relative_keeps_its_head),
        cmocka_unit_test(protesters_fighting_police_riot),
        cmocka_unit_test(protest_called_by_its_agent),
        cmocka_unit_test(protest_noun_by_its_agent),
        cmocka_unit_test(protest_noun_of_its_possessor),
        cmocka_unit_test(back_as_a_particle),
        cmocka_unit_test(object_after_a_relative_clause),
        cmocka_unit_test(json_round_trip),
        cmocka_unit_test(bad_json_is_a_parse_error),
        cmocka_unit_test(values_are_typed_and_normalised),
        cmocka_unit_test(scale_and_month_spellings),
        cmocka_unit_test(dates_resolve_against_the_document),
        cmocka_unit_test(groups_and_descriptions),
        cmocka_unit_test(dateline_groups_and_untold_ministers),
        cmocka_unit_test(groups_take_the_sentence_country),
        cmocka_unit_test(perpetrators_head_their_victims),
        cmocka_unit_test(by_a_group_linked_to),
        cmocka_unit_test(by_described_armed_side),
        cmocka_unit_test(town_in_place_phrase_does_not_act),
        cmocka_unit_test(he_is_the_unnamed_person),
        cmocka_unit_test(destroyed_forces_barred_movement_and_abiding),
        cmocka_unit_test(media_agency_noun_keeps_its_code),
        cmocka_unit_test(titled_person_of_a_place),
        cmocka_unit_test(group_led_by_a_leader_acts),
        cmocka_unit_test(abbreviation_shares_the_noun),
        cmocka_unit_test(initials_stay_inside_names),
        cmocka_unit_test(places_code_as_their_country),
        cmocka_unit_test(officials_of_international_bodies),
        cmocka_unit_test(unknown_officials_take_their_country),
        cmocka_unit_test(subjects_past_phrases_and_relative_clauses),
        cmocka_unit_test(verb_lists_separated_by_commas),
        cmocka_unit_test(purpose_after_a_possessed_region),
        cmocka_unit_test(places_before_prepositions_and_that_clauses),
        cmocka_unit_test(wars_named_after_places),
        cmocka_unit_test(mutual_acts_with_time_and_place),
        cmocka_unit_test(appeals_after_and_share_the_clause_subject),
        cmocka_unit_test(asked_government_is_the_askers_own),
        cmocka_unit_test(the_group_of_the_sentences_one_country),
        cmocka_unit_test(events_as_subjects),
        cmocka_unit_test(nouns_after_adjectives),
        cmocka_unit_test(appeals_by_coordinated_askers),
        cmocka_unit_test(refused_and_failed_acts),
        cmocka_unit_test(sums_inside_patterns),
        cmocka_unit_test(rumoured_and_suggested_acts),
        cmocka_unit_test(weighed_gerund_of_an_event_noun),
        cmocka_unit_test(weighed_whether_to_before_an_event_noun),
        cmocka_unit_test(promised_reform_by_the_army_is_made_at_home),
        cmocka_unit_test(headline_infinitive_announces_intent),
        cmocka_unit_test(supposed_and_questioned_acts),
        cmocka_unit_test(pairs_before_shared_nouns),
        cmocka_unit_test(pressure_and_ways_to),
        cmocka_unit_test(acts_only_tried_for),
        cmocka_unit_test(subjects_after_restrictive_relatives),
        cmocka_unit_test(subjects_after_participle_relatives),
        cmocka_unit_test(participles_after_coordinated_subjects),
        cmocka_unit_test(subjects_past_apposition_and_participle),
        cmocka_unit_test(participle_after_a_tail_speaker),
        cmocka_unit_test(border_with_names_the_object),
        cmocka_unit_test(rejected_requests_take_the_asked_act),
        cmocka_unit_test(stopped_aid_is_reduced),
        cmocka_unit_test(storming_protesters_and_expelled_forces),
        cmocka_unit_test(storming_crowds_riot),
        cmocka_unit_test(crowd_demands_are_protests),
        cmocka_unit_test(beaten_by_a_side_of_force),
        cmocka_unit_test(force_on_people_at_a_place),
        cmocka_unit_test(its_is_no_plural_group),
        cmocka_unit_test(warnings_of_own_force_are_threats),
        cmocka_unit_test(demands_or_face_are_threats),
        cmocka_unit_test(threats_to_act),
        cmocka_unit_test(long_actors_inside_gaps),
        cmocka_unit_test(refusals_to_take_part),
        cmocka_unit_test(alerts_along_a_border),
        cmocka_unit_test(boycotts_by_civilians),
        cmocka_unit_test(refusals_reach_the_asker),
        cmocka_unit_test(entries_read_past_a_place),
        cmocka_unit_test(possessive_s_is_no_passive),
        cmocka_unit_test(protests_aim_at_whom_they_demand_of),
        cmocka_unit_test(disapproval_and_street_protests),
        cmocka_unit_test(carry_out_is_a_light_verb),
        cmocka_unit_test(gunfire_exchanged),
        cmocka_unit_test(extradited_to_the_receiving_state),
        cmocka_unit_test(state_naming_the_thing_given),
        cmocka_unit_test(intentions_told_to_someone),
        cmocka_unit_test(visits_received_are_hosted),
        cmocka_unit_test(curfews_lifted_for_own_country),
        cmocka_unit_test(curfews_by_a_bare_country),
        cmocka_unit_test(nuclear_tests_at_home),
        cmocka_unit_test(fights_aid_is_asked_for),
        cmocka_unit_test(striking_workers_are_no_target),
        cmocka_unit_test(striking_as_an_adjective),
        cmocka_unit_test(market_senses_are_no_events),
        cmocka_unit_test(market_forces_are_no_actors),
        cmocka_unit_test(clash_over_an_issue_is_no_fight),
        cmocka_unit_test(business_captured_is_no_arrest),
        cmocka_unit_test(bloody_strike_is_no_labour_strike),
        cmocka_unit_test(campaign_of_violence_is_the_subjects),
        cmocka_unit_test(people_driven_across_the_border),
        cmocka_unit_test(comments_withheld_are_declined),
        cmocka_unit_test(police_deployed_at_home),
        cmocka_unit_test(comment_topic_names_the_party),
        cmocka_unit_test(admitted_harm_is_claimed),
        cmocka_unit_test(town_of_after_preposition),
        cmocka_unit_test(curfews_imposed_on_own_country),
        cmocka_unit_test(reform_demands_of_own_country),
        cmocka_unit_test(reform_promises_to_own_country),
        cmocka_unit_test(headline_demonym_office),
        cmocka_unit_test(curfews_by_a_government_named_by_its_country),
        cmocka_unit_test(capitals_as_places),
        cmocka_unit_test(aid_to_people_in_a_place),
        cmocka_unit_test(curfews_in_places),
        cmocka_unit_test(kosovo_is_a_country),
        cmocka_unit_test(congo_by_date_and_document),
        cmocka_unit_test(soviet_union_by_date),
        cmocka_unit_test(soviet_leaders_and_bodies),
        cmocka_unit_test(fighters_and_detainees),
        cmocka_unit_test(owned_organs_are_no_party),
        cmocka_unit_test(refused_concessions),
        cmocka_unit_test(objects_described_before_their_names),
        cmocka_unit_test(expelled_aid_agency),
        cmocka_unit_test(toll_names_party_of_objectless_force),
        cmocka_unit_test(bomb_as_party_passed),
        cmocka_unit_test(repression_of_counted_many_in_place),
        cmocka_unit_test(simple_past_is_no_reduced_passive),
        cmocka_unit_test(party_names_shared_by_countries),
        cmocka_unit_test(brussels_is_the_eu),
        cmocka_unit_test(foreign_ngos_have_no_country),
        cmocka_unit_test(titles_of_one_state),
        cmocka_unit_test(dual_nationals),
        cmocka_unit_test(ngo_with_no_country),
        cmocka_unit_test(coordinated_titled_names),
        cmocka_unit_test(ruling_group_by_date),
        cmocka_unit_test(fighter_aircraft_are_military),
        cmocka_unit_test(groups_before_agent_nouns),
        cmocka_unit_test(rallies_of_allies_and_streets),
        cmocka_unit_test(passive_nominals_with_by),
        cmocka_unit_test(quotes_attributed_where_they_close),
        cmocka_unit_test(neither_nor_lists),
        cmocka_unit_test(sums_and_joined_things_before_to),
        cmocka_unit_test(sectors_of_merchants_and_juntas),
        cmocka_unit_test(owners_of_sector_nouns),
        cmocka_unit_test(names_after_opposition),
        cmocka_unit_test(peoples_and_leaders_organs),
        cmocka_unit_test(civilians_at_home),
        cmocka_unit_test(peoples_of_a_host_country),
        cmocka_unit_test(party_of_the_country_named),
        cmocka_unit_test(ethnic_people_where_they_live),
        cmocka_unit_test(participle_phrase_after_subject),
        cmocka_unit_test(protests_after_another_act),
        cmocka_unit_test(civilians_of_the_place_named),
        cmocka_unit_test(attacks_on_civilian_sites),
        cmocka_unit_test(people_outside_a_place),
        cmocka_unit_test(mass_killings_and_expulsions),
        cmocka_unit_test(force_posture_aimed_at_the_next_actor),
        cmocka_unit_test(peoples_a_state_coerces_are_its_own),
        cmocka_unit_test(claimed_acts_are_the_claimants),
        cmocka_unit_test(soldiers_seized_by_rebels),
        cmocka_unit_test(they_of_a_reporting_group),
        cmocka_unit_test(pronoun_of_a_speaker_in_a_place),
        cmocka_unit_test(opposition_supporters),
        cmocka_unit_test(bank_workers_are_labour),
        cmocka_unit_test(lower_case_group_of_states),
        cmocka_unit_test(attack_told_with_saying_is_words),
        cmocka_unit_test(judged_act_by_agent),
        cmocka_unit_test(judged_bare_plural_act_by_agent),
        cmocka_unit_test(judged_act_made_by_agent),
        cmocka_unit_test(star_stops_at_a_second_verb),
        cmocka_unit_test(stance_without_that),
        cmocka_unit_test(apology_to_the_harmed),
        cmocka_unit_test(message_participle_is_the_senders),
        cmocka_unit_test(relative_clause_judges_the_owner),
        cmocka_unit_test(judged_policy_change_owner),
        cmocka_unit_test(floating_quantifier_before_verb),
        cmocka_unit_test(when_between_act_and_party),
        cmocka_unit_test(sector_of_country_subjects),
        cmocka_unit_test(phrase_inside_object_before_party),
        cmocka_unit_test(criminal_as_a_kind_of_law),
        cmocka_unit_test(numbered_models_before_group_nouns),
        cmocka_unit_test(sectors_placed_through_of_and_and),
        cmocka_unit_test(organs_of_an_office_holder),
        cmocka_unit_test(force_on_uncoded_places_in_coded_ones),
        cmocka_unit_test(entries_past_a_partitive),
        cmocka_unit_test(bare_commas_list_only_going_on),
        cmocka_unit_test(urged_on_a_date_that),
        cmocka_unit_test(four_words_before_the_party),
        cmocka_unit_test(organs_sharing_a_modifier),
        cmocka_unit_test(including_list_is_no_subject),
        cmocka_unit_test(longer_names_win_over_the_west),
        cmocka_unit_test(other_given_names_are_other_people),
        cmocka_unit_test(longer_given_names_are_other_people),
        cmocka_unit_test(regions_and_bodies_named_after_places),
        cmocka_unit_test(participle_after_bare_name_is_the_verb),
        cmocka_unit_test(a_country_opposition_leader_unknown_by_name),
        cmocka_unit_test(venues_are_no_actors),
        cmocka_unit_test(acts_named_as_objects),
        cmocka_unit_test(title_words_are_no_triggers),
        cmocka_unit_test(the_european_community),
        cmocka_unit_test(honorific_after_a_title),
        cmocka_unit_test(strikes_by_workers),
        cmocka_unit_test(counted_group_of_a_country),
        cmocka_unit_test(protest_against_own_country_possession),
        cmocka_unit_test(strike_spread_to_places),
        cmocka_unit_test(protest_in_an_unknown_town),
        cmocka_unit_test(reduced_relatives_with_by),
        cmocka_unit_test(rank_words_before_objects),
        cmocka_unit_test(weekdays_before_the_preposition),
        cmocka_unit_test(seized_people_are_abducted),
        cmocka_unit_test(unknown_site_in_a_country),
        cmocka_unit_test(yes_no_question_is_no_event),
        cmocka_unit_test(faith_before_a_named_group),
        cmocka_unit_test(irregular_violence_is_assault),
        cmocka_unit_test(counts_of_counts_before_objects),
        cmocka_unit_test(militant_groups_abduct),
        cmocka_unit_test(water_cannon_on_protesters_is_repression),
        cmocka_unit_test(trade_balances_are_no_trade),
        cmocka_unit_test(phones_are_devices),
        cmocka_unit_test(vehicles_carrying_people),
        cmocka_unit_test(parts_of_an_actor),
        cmocka_unit_test(places_in_phrases_are_no_subjects),
        cmocka_unit_test(announced_acts),
        cmocka_unit_test(forces_led_by_a_country),
        cmocka_unit_test(rebel_forces),
        cmocka_unit_test(future_announced_by_own_leader),
        cmocka_unit_test(government_negotiators_as_a_conjunct),
        cmocka_unit_test(signalled_that_it_would_is_intent),
        cmocka_unit_test(counterpart_in_coordinated_subject),
        cmocka_unit_test(nouns_of_intent),
        cmocka_unit_test(protest_in_a_state_of_a_country),
        cmocka_unit_test(refusals_warned_of),
        cmocka_unit_test(workers_on_strike),
        cmocka_unit_test(new_acts_judged),
        cmocka_unit_test(rebels_named_again),
        cmocka_unit_test(investigated_topic_named_for_a_place),
        cmocka_unit_test(sanction_plans_announced),
        cmocka_unit_test(supporters_of_a_titled_leader),
        cmocka_unit_test(supporters_of_an_office),
        cmocka_unit_test(supporters_say_they),
        cmocka_unit_test(agreements_between_subjects),
        cmocka_unit_test(sums_received_and_things_accepted),
        cmocka_unit_test(joint_work_launched_by_subjects),
        cmocka_unit_test(open_to_talks),
        cmocka_unit_test(lower_case_arabic_articles_open_names),
        cmocka_unit_test(title_before_company_word_is_the_company),
        cmocka_unit_test(chamber_committees_are_the_legislature),
        cmocka_unit_test(bare_senate_and_house_are_the_us_chambers),
        cmocka_unit_test(capitalised_institution_of_several_words),
        cmocka_unit_test(party_word_before_a_party_name),
        cmocka_unit_test(korean_follows_the_korea_named),
        cmocka_unit_test(korea_alone_is_the_south),
        cmocka_unit_test(the_south_and_the_north_of_korea),
        cmocka_unit_test(to_press_ahead_is_a_verb),
        cmocka_unit_test(demand_as_a_protest_aim),
        cmocka_unit_test(rejected_request_is_no_event),
        cmocka_unit_test(to_press_for_is_an_aim),
        cmocka_unit_test(force_aimed_at),
        cmocka_unit_test(head_count_protesters),
        cmocka_unit_test(tribunal_in_the_hague_is_the_tribunal),
        cmocka_unit_test(foreign_business_keeps_no_home_country),
        cmocka_unit_test(sports_fixtures_are_no_diplomacy),
        cmocka_unit_test(trade_figures_are_no_acts),
        cmocka_unit_test(accords_named_are_not_signed),
        cmocka_unit_test(business_demonyms_are_no_state),
        cmocka_unit_test(firms_named_with_their_home),
        cmocka_unit_test(firms_named_with_their_ticker),
        cmocka_unit_test(firm_adjective_is_no_business),
        cmocka_unit_test(bank_of_a_place_is_a_firm),
        cmocka_unit_test(firm_part_acts_for_the_firm),
        cmocka_unit_test(appeal_to_coordinated_actors),
        cmocka_unit_test(appeal_verb_to_coordinated_actors),
        cmocka_unit_test(past_verb_after_and_leaves_the_promise),
        cmocka_unit_test(participle_clause_after_a_subject_phrase),
        cmocka_unit_test(we_of_a_country_or_bloc_speaker),
        cmocka_unit_test(participle_of_motion_after_an_actor),
        cmocka_unit_test(denied_clauses_are_negated),
        cmocka_unit_test(denied_bare_clauses_are_negated),
        cmocka_unit_test(denied_acts_keep_their_code),
        cmocka_unit_test(denial_takes_no_object_from_its_clause),
        cmocka_unit_test(blame_laid_on_an_actor),
        cmocka_unit_test(things_owned_by_an_actor),
        cmocka_unit_test(participle_before_a_members_group),
        cmocka_unit_test(plural_act_after_a_preposition_is_a_noun),
        cmocka_unit_test(broker_holds_no_talks),
        cmocka_unit_test(attempts_ended_or_rejected),
        cmocka_unit_test(pair_named_agreement_is_no_signing),
        cmocka_unit_test(pair_named_joint_venture_is_no_act),
        cmocka_unit_test(participle_phrase_after_the_subject),
        cmocka_unit_test(property_seized_in_a_place),
        cmocka_unit_test(acts_stopped_or_put_on_hold),
        cmocka_unit_test(drones_fire_remotely_piloted_munitions),
        cmocka_unit_test(missions_sent_away_are_withdrawn),
        cmocka_unit_test(round_count_is_one_word_in_a_gap),
        cmocka_unit_test(faith_word_opening_a_named_group),
        cmocka_unit_test(government_of_a_named_leader),
        cmocka_unit_test(forces_alerted_in_the_passive),
        cmocka_unit_test(toll_participle_after_an_act),
        cmocka_unit_test(the_region_of_a_place_is_one_word),
        cmocka_unit_test(coded_apposition_after_an_uncoded_object),
        cmocka_unit_test(inverted_speaker_after_a_quote),
        cmocka_unit_test(force_against_bare_plurals_in_a_place),
        cmocka_unit_test(force_aimed_at_a_thing_in_a_place),
        cmocka_unit_test(capital_after_compass_is_a_place),
        cmocka_unit_test(any_is_a_determiner),
        cmocka_unit_test(definite_title_is_the_named_person),
        cmocka_unit_test(role_apposition_codes_the_person),
        cmocka_unit_test(founder_noun_person_heads),
        cmocka_unit_test(body_head_person_takes_its_code),
        cmocka_unit_test(holiday_is_no_actor),
        cmocka_unit_test(date_after_light_verb),
        cmocka_unit_test(named_site_is_a_place),
        cmocka_unit_test(not_yet_done_is_negated),
        cmocka_unit_test(appeal_after_a_day_or_place),
        cmocka_unit_test(appeal_past_an_adverb_of_repetition),
        cmocka_unit_test(opposition_country_past_a_place_in_passing),
        cmocka_unit_test(opposition_of_the_ruling_partys_state),
        cmocka_unit_test(quoted_will_before_the_speaker_is_intent),
        cmocka_unit_test(bare_title_is_the_person_titled_before),
        cmocka_unit_test(bare_title_is_no_shadow_minister),
        cmocka_unit_test(dash_participle_is_an_aside),
        cmocka_unit_test(contract_giver_does_not_do_it),
        cmocka_unit_test(name_particles_keep_the_name_whole),
        cmocka_unit_test(aside_after_subject_after_fronted_place),
        cmocka_unit_test(irregulars_of_the_place),
        cmocka_unit_test(flag_before_the_owner),
        cmocka_unit_test(armed_men_shot_dead_fight),
        cmocka_unit_test(killed_office_holder_assassinated),
        cmocka_unit_test(tried_killing_of_office_holder),
        cmocka_unit_test(relative_that_after_a_group),
        cmocka_unit_test(passive_agent_after_describing_words),
        cmocka_unit_test(verdict_on_latest_state_word),
        cmocka_unit_test(praise_of_deed_by_doer),
        cmocka_unit_test(accords_named_after_cities),
        cmocka_unit_test(state_security_modifies_the_group),
        cmocka_unit_test(assault_pattern_names_its_victims),
        cmocka_unit_test(force_pattern_names_its_foes),
        cmocka_unit_test(ground_taken_from_armed_side),
        cmocka_unit_test(push_into_is_no_demand),
        cmocka_unit_test(blamed_doer_is_no_target),
        cmocka_unit_test(judged_fight_is_a_topic),
        cmocka_unit_test(capital_court_and_police),
        cmocka_unit_test(headline_comma_pair),
        cmocka_unit_test(dateline_gives_the_home_country),
        cmocka_unit_test(metadata_dateline_gives_the_home_country),
        cmocka_unit_test(bare_capital_dateline),
        cmocka_unit_test(unknown_ministry_takes_the_home_country),
        cmocka_unit_test(month_march_is_no_protest),
        cmocka_unit_test(counterpart_possessor_is_no_party),
        cmocka_unit_test(surname_after_known_person),
        cmocka_unit_test(head_word_of_the_last_organisation),
        cmocka_unit_test(name_stops_at_a_lower_case_verb),
        cmocka_unit_test(unknown_president_of_the_dateline),
        cmocka_unit_test(body_president_leads_no_state),
        cmocka_unit_test(talks_venue_is_no_party),
        cmocka_unit_test(refusal_until_names_the_party),
        cmocka_unit_test(team_of_members_is_the_object),
        cmocka_unit_test(arms_and_forces_share_the_demonym),
        cmocka_unit_test(cause_between_demonym_and_group),
        cmocka_unit_test(streets_of_a_city),
        cmocka_unit_test(concession_to_the_one_pressing),
        cmocka_unit_test(told_it_must_is_a_demand),
        cmocka_unit_test(said_actor_must_is_a_demand),
        cmocka_unit_test(possessive_before_agentless_title),
        cmocka_unit_test(release_asked_of_the_holders),
        cmocka_unit_test(inquiry_into_allegations_against),
        cmocka_unit_test(sanctions_on_dealings_with),
        cmocka_unit_test(received_minister_by_name),
        cmocka_unit_test(uncoded_threat_over_a_condition),
        cmocka_unit_test(coercion_in_retaliation_for),
        cmocka_unit_test(threat_held_over_a_condition),
        cmocka_unit_test(negated_if_is_unless),
        cmocka_unit_test(could_on_a_condition_is_a_threat),
        cmocka_unit_test(not_hesitate_is_no_negation),
        cmocka_unit_test(officials_said_they),
        cmocka_unit_test(group_warned_they),
        cmocka_unit_test(wrongdoing_said_is_a_charge),
        cmocka_unit_test(verdict_said_is_criticism),
        cmocka_unit_test(charge_said_is_criticism),
        cmocka_unit_test(praise_said_of_another),
        cmocka_unit_test(verdict_past_describing_word),
        cmocka_unit_test(verb_lists_hold_every_form),
        cmocka_unit_test(judged_with_an_article),
        cmocka_unit_test(announced_reduction_is_the_act),
        cmocka_unit_test(exercises_with_a_partner),
        cmocka_unit_test(mediation_effort_ended),
        cmocka_unit_test(one_opposition_journalist_beaten),
        cmocka_unit_test(police_sent_abroad_to_restore_order),
        cmocka_unit_test(speaking_is_a_language),
        cmocka_unit_test(hunger_strike_with_no_party),
        cmocka_unit_test(home_crowd_asked),
        cmocka_unit_test(passive_threat_under_a_warning),
        cmocka_unit_test(warned_passive_things),
        cmocka_unit_test(hours_given_to_comply),
        cmocka_unit_test(date_after_the_object),
        cmocka_unit_test(deadline_act_is_demanded),
        cmocka_unit_test(org_spokesman_keeps_org_code),
        cmocka_unit_test(prisoners_of_war_are_soldiers),
        cmocka_unit_test(company_heads_make_organisations),
        cmocka_unit_test(new_before_a_body),
        cmocka_unit_test(not_drawn_on_is_no_comment),
        cmocka_unit_test(feeling_adjectives_disapprove),
        cmocka_unit_test(feeling_adjectives_approve),
        cmocka_unit_test(feeling_adjectives_of_concern),
        cmocka_unit_test(opposition_is_an_act),
        cmocka_unit_test(act_answered_is_aimed_at_the_answerer),
        cmocka_unit_test(concerned_about_is_012),
        cmocka_unit_test(weighing_whether_to_act_is_014),
        cmocka_unit_test(long_noun_phrase_in_a_gap),
        cmocka_unit_test(convoy_or_team_let_in),
        cmocka_unit_test(withdrawal_begun_or_completed),
        cmocka_unit_test(easing_verbs_over_rules),
        cmocka_unit_test(place_opened_to_a_team),
        cmocka_unit_test(intelligence_passed_on_a_plot),
        cmocka_unit_test(aid_worth_held_and_bases_vacated),
        cmocka_unit_test(model_names_before_aircraft),
        cmocka_unit_test(conditions_reach_one_clause),
        cmocka_unit_test(relation_wanted_is_intent),
        cmocka_unit_test(met_ahead_of_an_event),
        cmocka_unit_test(demanded_that_both),
        cmocka_unit_test(urged_titled_leader_to_act),
        cmocka_unit_test(offered_to_host_and_broker),
        cmocka_unit_test(visit_to_own_troops_abroad),
        cmocka_unit_test(permitted_act_of_a_team),
        cmocka_unit_test(opener_subject_after_honorific),
        cmocka_unit_test(objects_listed_past_role_appositions),
        cmocka_unit_test(kicked_off_a_visit),
        cmocka_unit_test(talks_between_and_the_second_party),
        cmocka_unit_test(talks_between_after_round_of),
        cmocka_unit_test(situation_forced_is_no_coercion),
        cmocka_unit_test(infinitive_after_leave_granted_from),
        cmocka_unit_test(object_it_after_a_thing),
        cmocka_unit_test(worth_a_hedged_sum),
        cmocka_unit_test(obstructed_talks),
        cmocka_unit_test(capitalised_act_after_initialism),
        cmocka_unit_test(capital_after_initialism),
        cmocka_unit_test(reduced_passive_relative_head),
        cmocka_unit_test(purpose_after_a_place_phrase),
        cmocka_unit_test(purpose_after_a_building),
        cmocka_unit_test(object_pronoun_is_not_its_verbs_subject),
        cmocka_unit_test(infinitive_of_an_act_not_done),
        cmocka_unit_test(state_commodity_purchase),
        cmocka_unit_test(state_commodity_sale_refused),
        cmocka_unit_test(state_commodity_purchase_range),
        cmocka_unit_test(state_commodity_measured_sale),
        cmocka_unit_test(trigger_word_no_verb),
        cmocka_unit_test(failed_agreement_is_negotiation),
        cmocka_unit_test(coordinated_infinitive_shares_intent),
        cmocka_unit_test(stopped_supplies_are_reduced),
        cmocka_unit_test(act_given_to_an_actor),
        cmocka_unit_test(purpose_help_needs_means),
        cmocka_unit_test(purpose_protect_needs_armed_means),
        cmocka_unit_test(preparing_to_and_dated_threat),
        cmocka_unit_test(pressure_received_is_a_demand),
        cmocka_unit_test(fight_back_against_words),
        cmocka_unit_test(no_confidence_vote_survived),
        cmocka_unit_test(removal_demanded),
        cmocka_unit_test(asked_at_the_request_of),
        cmocka_unit_test(asked_past_an_ing_adjective),
        cmocka_unit_test(the_bank_is_the_bank_named_before),
        cmocka_unit_test(possible_acts_are_not_done),
        cmocka_unit_test(acts_set_aside_are_not_done),
    cmocka_unit_test(earlier_fights_named_in_passing_are_not_coded),
    cmocka_unit_test(aftermath_and_earlier_coercion_are_history),
        cmocka_unit_test(acts_a_row_is_over_are_not_coded),
        cmocka_unit_test(acts_dated_before_the_story_keep_their_date),
        cmocka_unit_test(worry_about_a_far_actor_is_no_target),
        cmocka_unit_test(rescue_is_no_release),
        cmocka_unit_test(unarmed_surrender_is_no_retreat),
        cmocka_unit_test(force_on_rebel_held_places),
        cmocka_unit_test(accord_named_for_comparison),
        cmocka_unit_test(capacity_is_no_act),
        cmocka_unit_test(fate_foretold_is_a_threat),
        cmocka_unit_test(concessions_after_protests_yield),
        cmocka_unit_test(concession_cue_lets_each_party_through),
        cmocka_unit_test(joint_work_only_discussed_is_not_done),
        cmocka_unit_test(portfolio_investment_is_no_cooperation),
        cmocka_unit_test(word_accepted_is_no_concession),
        cmocka_unit_test(capital_naming_a_meeting_is_no_host),
        cmocka_unit_test(caller_acts_in_the_purpose_of_a_call),
        cmocka_unit_test(firms_contract_is_a_sale),
        cmocka_unit_test(comment_object_past_a_clause_of_time),
        cmocka_unit_test(deadline_for_home_firms_is_no_ultimatum),
        cmocka_unit_test(stated_aim_is_no_act),
        cmocka_unit_test(stated_strategy_past_speech_tag),
        cmocka_unit_test(meeting_after_speech_is_speakers),
        cmocka_unit_test(open_question_is_not_denied),
        cmocka_unit_test(officials_of_a_field_are_the_state),
        cmocka_unit_test(armed_group_is_rebels),
        cmocka_unit_test(warships_of_a_state_are_its_navy),
        cmocka_unit_test(counterpart_holds_the_owners_office),
        cmocka_unit_test(trip_programme_is_the_travellers),
        cmocka_unit_test(country_owner_opens_the_object),
        cmocka_unit_test(meeting_noun_after_is_the_speakers),
        cmocka_unit_test(noun_trigger_lists_no_verbs),
        cmocka_unit_test(repeated_preposition_joins_parties),
        cmocka_unit_test(dissent_kept_up_is_refused),
        cmocka_unit_test(protests_defied_by_persisting),
        cmocka_unit_test(acts_found_needless_are_refused),
        cmocka_unit_test(measures_kept_are_not_eased),
        cmocka_unit_test(igo_people_admitted),
        cmocka_unit_test(aid_cut_is_no_aid_given),
        cmocka_unit_test(acts_hoped_for_are_not_done),
        cmocka_unit_test(acts_believed_likely_are_not_done),
        cmocka_unit_test(relations_judged_in_general_are_not_coded),
        cmocka_unit_test(acts_a_suit_asks_for_are_the_suit),
        cmocka_unit_test(sectors_protected_get_no_military_protection),
        cmocka_unit_test(acts_required_are_not_done),
        cmocka_unit_test(warnings_of_a_state_of_affairs_are_reproaches),
        cmocka_unit_test(warnings_to_the_public_are_advice),
        cmocka_unit_test(inverted_conditions_are_supposed),
        cmocka_unit_test(attempts_judged_or_defeated_are_not_done),
        cmocka_unit_test(talks_after_a_visit_are_the_visitors),
        cmocka_unit_test(talks_decided_are_intended),
        cmocka_unit_test(decision_reversed_is_no_act),
        cmocka_unit_test(agreed_act_object_is_no_party),
        cmocka_unit_test(worth_of_a_countrys_goods),
        cmocka_unit_test(reported_clause_subject_is_no_object),
        cmocka_unit_test(state_before_its_money_is_no_actor),
        cmocka_unit_test(pattern_word_is_no_party),
        cmocka_unit_test(trade_noun_is_no_act),
        cmocka_unit_test(obligation_act_is_not_done),
        cmocka_unit_test(sanctions_lifted_are_not_imposed),
        cmocka_unit_test(compared_accord_names_other_parties),
        cmocka_unit_test(considered_to_be_is_a_judgement),
        cmocka_unit_test(acts_a_sought_order_is_for_are_not_done),
        cmocka_unit_test(bodies_joint_session_is_no_meeting),
        cmocka_unit_test(meeting_after_after_is_the_speakers),
        cmocka_unit_test(meeting_phrase_is_the_clause_subjects),
        cmocka_unit_test(ing_before_firm_is_its_trade),
        cmocka_unit_test(being_in_a_country_on_a_visit),
        cmocka_unit_test(meeting_dated_later_is_announced),
        cmocka_unit_test(leader_capitalised_government),
        cmocka_unit_test(acronym_defined_after_name),
        cmocka_unit_test(head_word_of_an_earlier_organisation),
        cmocka_unit_test(ministry_of_the_sentence_country),
        cmocka_unit_test(backer_or_maker_is_no_party),
        cmocka_unit_test(law_text_is_not_done),
        cmocka_unit_test(describing_participle_is_no_act),
        cmocka_unit_test(decided_talks_are_one_way),
        cmocka_unit_test(agreement_topic_gerund_not_done),
        cmocka_unit_test(plotted_act_is_no_threat),
        cmocka_unit_test(asked_actor_with_possessor),
        cmocka_unit_test(force_used_is_no_actor),
        cmocka_unit_test(court_names_are_the_judiciary),
        cmocka_unit_test(government_forces_of_the_place),
        cmocka_unit_test(dateline_country_not_for_others),
        cmocka_unit_test(stock_ticker_names_no_actor),
        cmocka_unit_test(lenders_of_a_state_named_before),
        cmocka_unit_test(partner_after_with_not_each_other),
        cmocka_unit_test(reciprocal_object_each_on_each),
        cmocka_unit_test(each_blames_the_other),
        cmocka_unit_test(relative_clause_head_is_accused),
        cmocka_unit_test(accused_it_is_no_owned_place),
        cmocka_unit_test(workers_at_a_countrys_workplace),
        cmocka_unit_test(threat_noun_with_agent_after_by),
        cmocka_unit_test(plan_backed_by_agent_in_an_aside),
        cmocka_unit_test(fronted_passive_participle),
        cmocka_unit_test(leader_named_government),
        cmocka_unit_test(purpose_of_an_asked_act_is_asked),
        cmocka_unit_test(thing_subject_of_reported_clause),
        cmocka_unit_test(hold_up_of_an_act_is_no_refusal),
        cmocka_unit_test(long_who_clause_keeps_its_head),
        cmocka_unit_test(disarming_group_before_its_state),
        cmocka_unit_test(site_visited_in_a_place),
        cmocka_unit_test(talks_during_are_both_sides),
        cmocka_unit_test(document_submitted_is_no_yield),
        cmocka_unit_test(representatives_stand_for_their_group),
        cmocka_unit_test(conjunct_head_of_an_actor),
        cmocka_unit_test(two_verbs_share_one_object),
        cmocka_unit_test(listed_past_verbs_after_an_object),
        cmocka_unit_test(campaign_purpose_is_the_subjects),
        cmocka_unit_test(second_participle_of_harm),
        cmocka_unit_test(parties_give_the_story_its_state),
        cmocka_unit_test(parties_outweigh_a_topic_abroad),
        cmocka_unit_test(members_of_parliament_are_not_the_us),
        cmocka_unit_test(bare_ministers_after_a_past_verb),
        cmocka_unit_test(verb_after_and_shares_will),
        cmocka_unit_test(act_after_possibility_of_is_supposed),
        cmocka_unit_test(present_visit_later_today_is_announced),
        cmocka_unit_test(past_after_said_clause_is_the_speakers),
        cmocka_unit_test(meeting_noun_before_a_modal_is_to_come),
        cmocka_unit_test(its_talks_are_the_clause_subjects),
        cmocka_unit_test(due_here_for_a_visit_is_announced),
        cmocka_unit_test(name_modifies_noun_before_preposition),
        cmocka_unit_test(rebel_soldiers_are_one_group),
        cmocka_unit_test(named_organ_gives_the_government_its_state),
        cmocka_unit_test(sentence_organ_sets_the_government),
        cmocka_unit_test(the_firm_is_the_firm_named_last),
        cmocka_unit_test(the_firm_is_not_the_firm_it_names),
        cmocka_unit_test(the_bank_is_the_bank_named),
        cmocka_unit_test(body_title_names_its_office),
        cmocka_unit_test(bare_commission_is_the_one_named),
        cmocka_unit_test(firm_apposed_as_a_states_business),
        cmocka_unit_test(press_before_its_thing_is_no_actor),
        cmocka_unit_test(armed_move_into_a_place_sets_the_act),
        cmocka_unit_test(role_noun_before_a_known_person),
        cmocka_unit_test(visit_noun_ahead_is_to_come),
        cmocka_unit_test(aid_a_state_is_to_give_is_planned),
        cmocka_unit_test(trade_retaliation_is_a_sanction),
        cmocka_unit_test(noun_of_a_past_year_is_history),
        cmocka_unit_test(habitual_act_is_no_event),
        cmocka_unit_test(participle_before_noun_is_no_verb),
        cmocka_unit_test(role_in_an_act_is_a_capacity),
        cmocka_unit_test(visit_noun_with_a_tail_before_will),
        cmocka_unit_test(hyphen_pair_meets_both_ways),
        cmocka_unit_test(pair_compound_heads_its_noun),
        cmocka_unit_test(attendees_are_not_each_others_counterparts),
        cmocka_unit_test(second_verb_of_an_asked_act),
        cmocka_unit_test(release_is_asked_of_the_holders),
        cmocka_unit_test(one_side_negotiating_is_one_way),
        cmocka_unit_test(date_before_an_asked_act),
    };
    return cmocka_run_group_tests(tests, kg_test_ctx_setup,
                                  kg_test_ctx_teardown);
}
