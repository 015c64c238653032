/*
 * test_segment.c: sentence boundaries, tokens and boilerplate of the text
 * stage's segmenter (src/text/segment.c).
 *
 * The boundary cases are a table of news-style inputs and the sentence
 * texts expected from them; an expected text starting with "[bp] " must
 * be flagged boilerplate, any other must not.  Every case also checks the
 * invariants of segment.h (order, token coverage, no white space at the
 * edges).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kg/common.h"
#include "text/segment.h"
#include "util/utf8.h"

#define MAX_EXPECT 8

typedef struct seg_case {
    const char *input;
    const char *expect[MAX_EXPECT]; /* NULL-terminated */
} seg_case;

static const seg_case cases[] = {
    /* titles and honorifics never end a sentence */
    {"Mr. Smith went to Washington. He met Dr. Jones.",
     {"Mr. Smith went to Washington.", "He met Dr. Jones."}},
    {"Gen. Mark Milley said the talks failed. Sen. Lindsey Graham disagreed.",
     {"Gen. Mark Milley said the talks failed.",
      "Sen. Lindsey Graham disagreed."}},
    {"Mrs. May met Mr. Trump in Washington on Jan. 27, 2017.",
     {"Mrs. May met Mr. Trump in Washington on Jan. 27, 2017."}},
    {"They met at St. Peter's Square. The pope blessed them.",
     {"They met at St. Peter's Square.", "The pope blessed them."}},
    {"Lt. Col. Ahmet Yilmaz and Capt. Ayse Demir were promoted by Gov. Ali "
     "Kaya. Prof. Dr. Mehmet Ozturk attended.",
     {"Lt. Col. Ahmet Yilmaz and Capt. Ayse Demir were promoted by Gov. Ali "
      "Kaya.",
      "Prof. Dr. Mehmet Ozturk attended."}},
    /* dotted abbreviations */
    {"The U.S. President Joe Biden spoke on Monday. Turkey objected.",
     {"The U.S. President Joe Biden spoke on Monday.", "Turkey objected."}},
    {"Sanctions were imposed by the U.S. The Kremlin responded.",
     {"Sanctions were imposed by the U.S.", "The Kremlin responded."}},
    {"Talks between the U.K. and the E.U. resumed. Officials were hopeful.",
     {"Talks between the U.K. and the E.U. resumed.",
      "Officials were hopeful."}},
    {"He moved to the U.S. Embassy in Ankara.",
     {"He moved to the U.S. Embassy in Ankara."}},
    {"The U.N. Security Council met. Russia vetoed the resolution.",
     {"The U.N. Security Council met.", "Russia vetoed the resolution."}},
    {"Leaders, e.g. Erdogan, disagree. Others, i.e. Putin, agree.",
     {"Leaders, e.g. Erdogan, disagree.", "Others, i.e. Putin, agree."}},
    {"The vote closed at 5 p.m. local time. Counting began.",
     {"The vote closed at 5 p.m. local time.", "Counting began."}},
    /* initials */
    {"John F. Kennedy was shot in Dallas. The nation mourned.",
     {"John F. Kennedy was shot in Dallas.", "The nation mourned."}},
    {"George W. Bush met Vladimir V. Putin in 2001.",
     {"George W. Bush met Vladimir V. Putin in 2001."}},
    /* company and list abbreviations */
    {"Apple Inc. reported record profits on Tuesday. Shares rose.",
     {"Apple Inc. reported record profits on Tuesday.", "Shares rose."}},
    {"The deal was signed by Acme Corp. The company said it was pleased.",
     {"The deal was signed by Acme Corp.", "The company said it was pleased."}},
    {"Fruit, vegetables, etc. were banned. Trade suffered.",
     {"Fruit, vegetables, etc. were banned.", "Trade suffered."}},
    {"They sold fruit, vegetables, etc. Prices then rose.",
     {"They sold fruit, vegetables, etc.", "Prices then rose."}},
    {"The shares fell in Dec. Analysts blamed the weak dollar.",
     {"The shares fell in Dec.", "Analysts blamed the weak dollar."}},
    {"The meeting is on Jan. 5 in Ankara. Officials will attend.",
     {"The meeting is on Jan. 5 in Ankara.", "Officials will attend."}},
    {"He lives at No. 10 Downing Street. The prime minister was out.",
     {"He lives at No. 10 Downing Street.", "The prime minister was out."}},
    {"Turkey vs. Sweden was the headline. NATO waited.",
     {"Turkey vs. Sweden was the headline.", "NATO waited."}},
    /* decimals and money */
    {"Trade reached $62.5 billion in 2022. It rose 4.5% a year later.",
     {"Trade reached $62.5 billion in 2022.", "It rose 4.5% a year later."}},
    {"Exports rose to 1,000 tonnes. Imports fell 3.2 percent.",
     {"Exports rose to 1,000 tonnes.", "Imports fell 3.2 percent."}},
    {"The deal is worth $62. It was signed on Friday.",
     {"The deal is worth $62.", "It was signed on Friday."}},
    {"Profits rose to \xC2\xA3"
     "600m (\xE2\x82\xAC"
     "700m). Analysts were "
     "surprised.",
     {"Profits rose to \xC2\xA3"
      "600m (\xE2\x82\xAC"
      "700m).",
      "Analysts were surprised."}},
    /* quotes and brackets end with the sentence */
    {"\xE2\x80\x9CWe have not reached a stage where we impose sanctions,"
     "\xE2\x80\x9D he said. \xE2\x80\x9CWe are not bound.\xE2\x80\x9D",
     {"\xE2\x80\x9CWe have not reached a stage where we impose sanctions,"
      "\xE2\x80\x9D he said.",
      "\xE2\x80\x9CWe are not bound.\xE2\x80\x9D"}},
    {"Erdogan said: \xE2\x80\x9CWe are a strong country.\xE2\x80\x9D He "
     "added more.",
     {"Erdogan said: \xE2\x80\x9CWe are a strong country.\xE2\x80\x9D",
      "He added more."}},
    {"\xE2\x80\x9CIs a dictator running a runoff?\xE2\x80\x9D he asked.",
     {"\xE2\x80\x9CIs a dictator running a runoff?\xE2\x80\x9D he asked."}},
    {"Russia values ties because it takes \"a very responsible position,\" "
     "he added. Ankara agreed.",
     {"Russia values ties because it takes \"a very responsible "
      "position,\" he added.",
      "Ankara agreed."}},
    {"He spoke of Turkey\xE2\x80\x99s \xE2\x80\x98special "
     "relationship.\xE2\x80\x99 Putin agreed.",
     {"He spoke of Turkey\xE2\x80\x99s \xE2\x80\x98special "
      "relationship.\xE2\x80\x99",
      "Putin agreed."}},
    {"(The talks failed.) Officials left.",
     {"(The talks failed.)", "Officials left."}},
    {"What next? Nobody knows! The vote is Sunday.",
     {"What next?", "Nobody knows!", "The vote is Sunday."}},
    {"Really?! Yes.", {"Really?!", "Yes."}},
    /* ellipses */
    {"He paused... then continued. The crowd cheered.",
     {"He paused... then continued.", "The crowd cheered."}},
    {"We are not ready for Sweden now\xE2\x80\xA6"
     "because terrorism "
     "matters.",
     {"We are not ready for Sweden now\xE2\x80\xA6"
      "because terrorism "
      "matters."}},
    {"He waited\xE2\x80\xA6 The answer never came.",
     {"He waited\xE2\x80\xA6", "The answer never came."}},
    {"He hesitated... Then he spoke.", {"He hesitated...", "Then he spoke."}},
    {"The talks \xE2\x80\xA6 and the deal are stalled.",
     {"The talks \xE2\x80\xA6 and the deal are stalled."}},
    /* headlines and line structure */
    {"Erdogan praises ties with Putin\n\nTurkish President Recep Tayyip "
     "Erdogan said on Friday that ties are strong.",
     {"Erdogan praises ties with Putin",
      "Turkish President Recep Tayyip Erdogan said on Friday that ties are "
      "strong."}},
    {"Erdogan praises ties with Putin\nTurkish President Recep Tayyip "
     "Erdogan said ties are strong.",
     {"Erdogan praises ties with Putin",
      "Turkish President Recep Tayyip Erdogan said ties are strong."}},
    {"\xE2\x80\x98Not ready for Sweden\xE2\x80\x99\nErdogan addressed NATO.",
     {"\xE2\x80\x98Not ready for Sweden\xE2\x80\x99",
      "Erdogan addressed NATO."}},
    {"Key facts\n- Turkey is a NATO member\n- Sweden applied in 2022",
     {"Key facts", "- Turkey is a NATO member", "- Sweden applied in 2022"}},
    {"The minister said the talks\nwould continue next week.",
     {"The minister said the talks\nwould continue next week."}},
    {"Talks continued in Ankara\n\nand officials were hopeful.",
     {"Talks continued in Ankara", "and officials were hopeful."}},
    {"Turkey voted.\nThe result is due.",
     {"Turkey voted.", "The result is due."}},
    {"Dear Russian friends,\nYou are behind this.",
     {"Dear Russian friends,\nYou are behind this."}},
    {"Turkey votes\r\n\r\nThe polls open at 8.",
     {"Turkey votes", "The polls open at 8."}},
    {"Officials in the Turkish capital said\nthat talks with Russian envoys "
     "would\ncontinue next week in Ankara, while\nMoscow said nothing.",
     {"Officials in the Turkish capital said\nthat talks with Russian "
      "envoys would\ncontinue next week in Ankara, while\nMoscow said "
      "nothing."}},
    {"  \n\n  Turkey votes on Sunday.  \n\n  ", {"Turkey votes on Sunday."}},
    {"Turkey \xE2\x80\x93 NATO\xE2\x80\x99s second largest army \xE2\x80\x93 "
     "has banned Stockholm.",
     {"Turkey \xE2\x80\x93 NATO\xE2\x80\x99s second largest army "
      "\xE2\x80\x93 has banned Stockholm."}},
    /* the date line */
    {"date 2023-05-12\n\nTurkey votes on Sunday.",
     {"[bp] date 2023-05-12", "Turkey votes on Sunday."}},
    {" date 2023-05-12 Turkish president says T\xC3\xBCrkiye friends with "
     "both US, Russia\n\nErdo\xC4\x9F"
     "an spoke on Friday.",
     {"[bp] date 2023-05-12",
      "Turkish president says T\xC3\xBCrkiye friends with both US, Russia",
      "Erdo\xC4\x9F"
      "an spoke on Friday."}},
    {"date 2023-02-30 was mentioned.", {"date 2023-02-30 was mentioned."}},
    /* boilerplate lines */
    {"The end.\n\nPREV Former British Prime Minister Boris "
     "Johnson\xE2\x80\x99s wife announces she is pregnant\nNEXT Execution of "
     "a person in Iran",
     {"The end.",
      "[bp] PREV Former British Prime Minister Boris Johnson\xE2\x80\x99s "
      "wife announces she is pregnant",
      "[bp] NEXT Execution of a person in Iran"}},
    {"Reporting by Tamara Qiblawi. To subscribe to the newsletter (click "
     "here)\n\nErdogan spoke.",
     {"[bp] Reporting by Tamara Qiblawi.",
      "[bp] To subscribe to the newsletter (click here)", "Erdogan spoke."}},
    {"By John Smith\nAnkara is tense. Officials met.",
     {"[bp] By John Smith", "Ankara is tense.", "Officials met."}},
    {"By contrast, Erdogan has doubled down. He believes the West should "
     "follow.",
     {"By contrast, Erdogan has doubled down.",
      "He believes the West should follow."}},
    {"Recep Tayyip Erdogan (Getty Images)\nThe president spoke.",
     {"[bp] Recep Tayyip Erdogan (Getty Images)", "The president spoke."}},
    {"Sign up for our newsletter\nEditing by Jane Doe\nCopyright \xC2\xA9 "
     "2023 Reuters. All rights reserved.",
     {"[bp] Sign up for our newsletter", "[bp] Editing by Jane Doe",
      "[bp] Copyright \xC2\xA9 2023 Reuters.", "[bp] All rights reserved."}},
    {"Each bond gives the right to subscribe to Bull shares. Payment is "
     "due in May.\nREUTER",
     {"Each bond gives the right to subscribe to Bull shares.",
      "Payment is due in May.", "[bp] REUTER"}},
    {"Ankara is tense.\nPREV\nNEXT",
     {"Ankara is tense.", "[bp] PREV", "[bp] NEXT"}},
    /* datelines: boilerplate, and the story starts after the dash */
    {"ANKARA, May 12 (Reuters) - Turkish President Tayyip Erdogan said on "
     "Friday Turkey has good ties with Russia.",
     {"[bp] ANKARA, May 12 (Reuters) -",
      "Turkish President Tayyip Erdogan said on Friday Turkey has good ties "
      "with Russia."}},
    {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted 95-1 on Thursday. Turkey "
     "objected.",
     {"[bp] WASHINGTON (AP) \xE2\x80\x94", "The Senate voted 95-1 on Thursday.",
      "Turkey objected."}},
    {"NAJAF, Iraq - Explosions rattled the city on Sunday.",
     {"[bp] NAJAF, Iraq -", "Explosions rattled the city on Sunday."}},
    {"AP - The man who claims Gov. James E. McGreevey harassed him wanted "
     "cash.",
     {"[bp] AP -",
      "The man who claims Gov. James E. McGreevey harassed him wanted "
      "cash."}},
    {"Canadian Press - VANCOUVER (CP) - The sister of the man demanded an "
     "apology.",
     {"[bp] Canadian Press - VANCOUVER (CP) -",
      "The sister of the man demanded an apology."}},
    {"NEW YORK, March 3 - Shares of Acme Corp. rose 4.5% to $62.50.",
     {"[bp] NEW YORK, March 3 -", "Shares of Acme Corp. rose 4.5% to $62.50."}},
    {"Istanbul, Turkey (CNN) \xE2\x80\x94 Erdogan spoke.",
     {"[bp] Istanbul, Turkey (CNN) \xE2\x80\x94", "Erdogan spoke."}},
    {"LONDON, Jan. 5, 2023 (Reuters) -- Britain said it would help.",
     {"[bp] LONDON, Jan. 5, 2023 (Reuters) --", "Britain said it would help."}},
    {"NATO - Russia talks resume\n\nOfficials met.",
     {"NATO - Russia talks resume", "Officials met."}},
    {"Iraq-based militants attacked. Ankara, Turkey's capital, is calm.",
     {"Iraq-based militants attacked.", "Ankara, Turkey's capital, is calm."}},
    {"Turkey blocks Sweden\xE2\x80\x99s NATO bid\nBy John Smith, Reuters\n"
     "ANKARA (Reuters) - Turkey said on Tuesday it would not approve the bid.",
     {"Turkey blocks Sweden\xE2\x80\x99s NATO bid",
      "[bp] By John Smith, Reuters", "[bp] ANKARA (Reuters) -",
      "Turkey said on Tuesday it would not approve the bid."}},
    {"By SUZAN FRASER and JARI TANNER\nANKARA, Turkey (AP) \xE2\x80\x94 "
     "Turkey voted.",
     {"[bp] By SUZAN FRASER and JARI TANNER",
      "[bp] ANKARA, Turkey (AP) \xE2\x80\x94", "Turkey voted."}},
    /* credits, stamps, "Read more" and other page furniture */
    {"Read more: Turkey's election explained\nErdogan spoke.",
     {"[bp] Read more: Turkey's election explained", "Erdogan spoke."}},
    {"Erdogan waves in Ankara. REUTERS/Umit Bektas\nThe vote is on Sunday.",
     {"[bp] Erdogan waves in Ankara.", "[bp] REUTERS/Umit Bektas",
      "The vote is on Sunday."}},
    {"(AP Photo/Burhan Ozbilici)\nTurkey's parliament voted.",
     {"[bp] (AP Photo/Burhan Ozbilici)", "Turkey's parliament voted."}},
    {"Updated 10:52 AM EDT, Fri May 19, 2023\nErdogan spoke on Friday.",
     {"[bp] Updated 10:52 AM EDT, Fri May 19, 2023",
      "Erdogan spoke on Friday."}},
    {"Updated figures show growth of 3.5% in 2023.",
     {"Updated figures show growth of 3.5% in 2023."}},
    {"Share this article\nFollow us on Twitter\nTurkey votes.",
     {"[bp] Share this article", "[bp] Follow us on Twitter", "Turkey votes."}},
    {"Our Standards: The Thomson Reuters Trust Principles.\nAdvertisement",
     {"[bp] Our Standards: The Thomson Reuters Trust Principles.",
      "[bp] Advertisement"}},
    {"Sign up for our daily newsletter.\nSubscribers to the service rose "
     "5%.",
     {"[bp] Sign up for our daily newsletter.",
      "Subscribers to the service rose 5%."}},
    /* more abbreviations, numbers and quotes from wire copy */
    {"The U.S. and Turkey signed a deal. It takes effect on Jan. 1.",
     {"The U.S. and Turkey signed a deal.", "It takes effect on Jan. 1."}},
    {"The U.S. And Japan will hold talks, Maki said. The U.S. The end.",
     {"The U.S. And Japan will hold talks, Maki said.", "The U.S.",
      "The end."}},
    {"The meeting starts at 10:30 a.m. EST on Monday.",
     {"The meeting starts at 10:30 a.m. EST on Monday."}},
    {"Shares rose 3.5 percent to $1.5 trillion. Bonds fell.",
     {"Shares rose 3.5 percent to $1.5 trillion.", "Bonds fell."}},
    {"Turkey's inflation hit 85.5% in October. The lira fell 0.7%.",
     {"Turkey's inflation hit 85.5% in October.", "The lira fell 0.7%."}},
    {"Sen. Graham (R-S.C.) said Turkey must act. Ankara refused.",
     {"Sen. Graham (R-S.C.) said Turkey must act.", "Ankara refused."}},
    {"Erdogan asked: \xE2\x80\x9CWho are you to lecture us?\xE2\x80\x9D Then "
     "he left.",
     {"Erdogan asked: \xE2\x80\x9CWho are you to lecture us?\xE2\x80\x9D",
      "Then he left."}},
    {"He said it was \xE2\x80\x9Cunacceptable.\xE2\x80\x9D Sweden disagreed.",
     {"He said it was \xE2\x80\x9Cunacceptable.\xE2\x80\x9D",
      "Sweden disagreed."}},
    {"\xE2\x80\x98We are ready,\xE2\x80\x99 he said.",
     {"\xE2\x80\x98We are ready,\xE2\x80\x99 he said."}},
    {"1. Turkey votes on Sunday\n2. Russia watches",
     {"1. Turkey votes on Sunday", "2. Russia watches"}},
    {"The U.K.'s foreign secretary arrived. He met Erdogan.",
     {"The U.K.'s foreign secretary arrived.", "He met Erdogan."}},
    {"Mr. Erdogan's party won 49.5% of the vote. The CHP got 25%.",
     {"Mr. Erdogan's party won 49.5% of the vote.", "The CHP got 25%."}},
    {"The company, Acme Inc., said profits rose. Shares jumped.",
     {"The company, Acme Inc., said profits rose.", "Shares jumped."}},
    {"Turkey (pop. 85 million) borders Syria. See p. 4 for details.",
     {"Turkey (pop. 85 million) borders Syria.", "See p. 4 for details."}},
    {"They met on Sept. 11 in New York. Nothing was agreed.",
     {"They met on Sept. 11 in New York.", "Nothing was agreed."}},
    {"The No. 2 official resigned. He gave no reason.",
     {"The No. 2 official resigned.", "He gave no reason."}},
    {"Inflation was 3.2 pct in Jan. The central bank held rates.",
     {"Inflation was 3.2 pct in Jan.", "The central bank held rates."}},
    {"The ruble fell 2% vs. the dollar. Oil rose.",
     {"The ruble fell 2% vs. the dollar.", "Oil rose."}},
    {"Putin\xE2\x80\x99s spokesman Dmitry S. Peskov said: \xE2\x80\x9CNo."
     "\xE2\x80\x9D Turkey agreed.",
     {"Putin\xE2\x80\x99s spokesman Dmitry S. Peskov said: \xE2\x80\x9CNo."
      "\xE2\x80\x9D",
      "Turkey agreed."}},
    {"He said: \xE2\x80\x9CWe are not ready for Sweden now\xE2\x80\xA6\xE2\x80"
     "\x9D Ankara agreed.",
     {"He said: \xE2\x80\x9CWe are not ready for Sweden now\xE2\x80\xA6\xE2"
      "\x80\x9D",
      "Ankara agreed."}},
    {"Growth was .5 percent. It was weak.",
     {"Growth was .5 percent.", "It was weak."}},
    {"J.R.R. Tolkien wrote it. The suspect, A. Yilmaz, was detained.",
     {"J.R.R. Tolkien wrote it.", "The suspect, A. Yilmaz, was detained."}},
    {"The bill passed 276-0. Finland will join NATO.",
     {"The bill passed 276-0.", "Finland will join NATO."}},
    {"E.U. leaders met in Brussels. The U.S. sent an envoy.",
     {"E.U. leaders met in Brussels.", "The U.S. sent an envoy."}},
    {"\xE2\x80\x9CWe will not give in,\xE2\x80\x9D Erdogan said. \xE2\x80\x9C"
     "Never.\xE2\x80\x9D",
     {"\xE2\x80\x9CWe will not give in,\xE2\x80\x9D Erdogan said.",
      "\xE2\x80\x9CNever.\xE2\x80\x9D"}},
    {"Gen. Milley and Adm. Mullen met Lt. Gen. Smith. They spoke.",
     {"Gen. Milley and Adm. Mullen met Lt. Gen. Smith.", "They spoke."}},
};

static size_t count_expect(const seg_case *c)
{
    size_t n = 0;
    while (n < MAX_EXPECT && c->expect[n])
        n++;
    return n;
}

static int is_space_at(const char *t, size_t len, size_t i)
{
    int32_t cp;
    kg_utf8_decode(t + i, len - i, &cp);
    return kg_utf8_is_space(cp);
}

/* segment.h's invariants for any segmentation of t. */
static void
check_invariants(const char *t, size_t len, const kg_segmentation *seg)
{
    size_t i, next_tok = 0, prev_end = 0, bp = 0;

    for (i = 0; i < seg->ntokens; i++) {
        const kg_token *k = &seg->tokens[i];
        size_t j;
        assert_true(k->start < k->end);
        assert_true(k->end <= len);
        assert_true(k->start >= prev_end);
        /* a token starts on a code-point boundary and holds no space */
        assert_true(((unsigned char)t[k->start] & 0xC0) != 0x80);
        assert_true(k->end == len || ((unsigned char)t[k->end] & 0xC0) != 0x80);
        for (j = k->start; j < k->end; j++)
            assert_false(t[j] == ' ' || t[j] == '\n' || t[j] == '\t');
        /* only white space between tokens */
        for (j = prev_end; j < k->start;) {
            int32_t cp;
            size_t n = kg_utf8_decode(t + j, len - j, &cp);
            assert_true(kg_utf8_is_space(cp) || cp == 0xFEFF);
            j += n;
        }
        assert_true(k->kind >= KG_TOK_WORD && k->kind <= KG_TOK_SYMBOL);
        prev_end = k->end;
    }
    prev_end = 0;
    for (i = 0; i < seg->nsentences; i++) {
        const kg_sentence *s = &seg->sentences[i];
        assert_int_equal(s->first_token, next_tok);
        assert_true(s->ntokens > 0);
        assert_int_equal(s->start, seg->tokens[s->first_token].start);
        assert_int_equal(s->end,
                         seg->tokens[s->first_token + s->ntokens - 1].end);
        assert_true(s->start >= prev_end);
        assert_false(is_space_at(t, len, s->start));
        assert_true(s->end - s->start <= KG_MAX_SENTENCE_BYTES);
        next_tok += s->ntokens;
        prev_end = s->end;
        bp += s->boilerplate != 0;
    }
    assert_int_equal(next_tok, seg->ntokens);
    assert_int_equal(bp, seg->boilerplate);
}

/* Segment c->input and compare its sentences with c->expect (ci: the
 * case's number in the messages). */
static void check_case(const seg_case *c, size_t ci)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    size_t len = strlen(c->input), n = count_expect(c), i;
    int ok;

    assert_int_equal(kg_text__segment(c->input, len, &seg), KG_OK);
    check_invariants(c->input, len, &seg);
    ok = seg.nsentences == n;
    for (i = 0; ok && i < n; i++) {
        const char *want = c->expect[i];
        int want_bp = strncmp(want, "[bp] ", 5) == 0;
        const kg_sentence *s = &seg.sentences[i];
        if (want_bp)
            want += 5;
        ok = strlen(want) == s->end - s->start &&
             memcmp(want, c->input + s->start, s->end - s->start) == 0 &&
             (s->boilerplate != 0) == want_bp;
    }
    if (!ok) {
        print_error("case %zu: %s\n", ci, c->input);
        for (i = 0; i < seg.nsentences; i++)
            print_error(
                "  got [%zu]%s \"%.*s\"\n", i,
                seg.sentences[i].boilerplate ? " bp" : "",
                (int)(seg.sentences[i].end - seg.sentences[i].start),
                c->input + seg.sentences[i].start);
        for (i = 0; i < n; i++)
            print_error("  want [%zu] \"%s\"\n", i, c->expect[i]);
    }
    kg_segmentation_dispose(&seg);
    assert_true(ok);
}

static void check_cases(const seg_case *cs, size_t n)
{
    size_t ci;
    for (ci = 0; ci < n; ci++)
        check_case(&cs[ci], ci);
}

static void test_boundary_table(void **state)
{
    (void)state;
    assert_true(sizeof(cases) / sizeof(cases[0]) >= 100);
    check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Copy that capitalises the word after an initialism (1987 wire copy:
 * "U.S. Officials said"): a preposition or time word after one goes on
 * with the sentence, so does the clause after a verb of telling and its
 * object; copy that writes a lower-case word after an initialism
 * somewhere keeps the cut, and so does an opening quote. */
static void test_recased_initialism(void **state)
{
    static const seg_case rc[] = {
        {"Turkey shipped more steel to the U.S. In March, the ministry said. "
         "Exports rose.",
         {"Turkey shipped more steel to the U.S. In March, the ministry said.",
          "Exports rose."}},
        {"Ankara asked the U.K. For a loan of 40 mln stg. London agreed.",
         {"Ankara asked the U.K. For a loan of 40 mln stg.",
          "London agreed."}},
        {"Sales in the U.S. Last year fell 3 pct, the firm said.",
         {"Sales in the U.S. Last year fell 3 pct, the firm said."}},
        {"Ankara sought to reassure the U.S. It would not buy the missiles, "
         "an aide said.",
         {"Ankara sought to reassure the U.S. It would not buy the "
          "missiles, an aide said."}},
        {"The envoy will try to persuade the U.S. That the tariff is fair.",
         {"The envoy will try to persuade the U.S. That the tariff is fair."}},
        /* a sentence of its own: a pronoun after no verb of telling, a
         * quote, and the same words where the copy is not recased */
        {"Ankara bought wheat from the U.S. It paid in cash.",
         {"Ankara bought wheat from the U.S.", "It paid in cash."}},
        {"Erdogan spoke in the U.K. \"For us the deal is done,\" he said.",
         {"Erdogan spoke in the U.K.",
          "\"For us the deal is done,\" he said."}},
        {"U.S. officials met in Ankara. Turkey shipped steel to the U.S. In "
         "March, exports rose.",
         {"U.S. officials met in Ankara.", "Turkey shipped steel to the U.S.",
          "In March, exports rose."}},
    };
    (void)state;
    check_cases(rc, sizeof(rc) / sizeof(rc[0]));
}

/* After a firm's suffix (Co. Corp. Inc. Ltd. Plc. Bros.) a capitalised
 * word or a quote opens a sentence, unless it goes on with the name, is
 * an officer's title, or is a verb of copy that capitalises after an
 * abbreviation. */
static void test_firm_suffix_ends(void **state)
{
    static const seg_case fc[] = {
        {"The bonds are rated AA by Acme Ratings Corp. Halkbank Securities "
         "co-managed the issue.",
         {"The bonds are rated AA by Acme Ratings Corp.",
          "Halkbank Securities co-managed the issue."}},
        {"Koc bought the plant from Anatolia Glass Ltd. Terms were not "
         "disclosed.",
         {"Koc bought the plant from Anatolia Glass Ltd.",
          "Terms were not disclosed."}},
        {"\"Demand is weak,\" said Ayse Kaya of Bosphorus Brokers Inc. "
         "\"Orders fell in May.\"",
         {"\"Demand is weak,\" said Ayse Kaya of Bosphorus Brokers Inc.",
          "\"Orders fell in May.\""}},
        /* the name goes on */
        {"Shares of Izmir Trading Co. Ltd. rose 3 pct.",
         {"Shares of Izmir Trading Co. Ltd. rose 3 pct."}},
        {"Ankara Motors Corp. Chief Executive Ali Demir resigned.",
         {"Ankara Motors Corp. Chief Executive Ali Demir resigned."}},
        {"Its unit Marmara Systems Inc. Has raised its stake to 9 pct.",
         {"Its unit Marmara Systems Inc. Has raised its stake to 9 pct."}},
        {"The stake is held by Anatolia Holding Corp. (AHC) since May.",
         {"The stake is held by Anatolia Holding Corp. (AHC) since May."}},
    };
    (void)state;
    check_cases(fc, sizeof(fc) / sizeof(fc[0]));
}

/* Plural titles, Ste. and Ft., a title after a hyphen and the short
 * forms of given names do not end a sentence before a name. */
static void test_name_abbreviations(void **state)
{
    static const seg_case nc[] = {
        {"The bill was offered by Sens. Ayse Kaya and Ali Demir on Monday.",
         {"The bill was offered by Sens. Ayse Kaya and Ali Demir on Monday."}},
        {"Reps. Omer Tan and Can Ak backed it.",
         {"Reps. Omer Tan and Can Ak backed it."}},
        {"The plant near Ste. Agathe will close. Workers protested.",
         {"The plant near Ste. Agathe will close.", "Workers protested."}},
        {"Flights to the Minneapolis-St. Paul airport resumed.",
         {"Flights to the Minneapolis-St. Paul airport resumed."}},
        {"Troops left Ft. Drum in May.", {"Troops left Ft. Drum in May."}},
        {"The offer is managed by Alex. Brown and Sons Inc.",
         {"The offer is managed by Alex. Brown and Sons Inc."}},
        {"Its unit Chas. P. Young Co bought the plant.",
         {"Its unit Chas. P. Young Co bought the plant."}},
        /* a given name that ends a sentence before a starter */
        {"The prize went to Alex. He thanked the jury.",
         {"The prize went to Alex.", "He thanked the jury."}},
    };
    (void)state;
    check_cases(nc, sizeof(nc) / sizeof(nc[0]));
}

/* A name joined by '&' that ends in one capital (AT&T, M&S) is no
 * initial: a capitalised word or a quote after it opens a sentence. */
static void test_ampersand_name_ends(void **state)
{
    static const seg_case ac[] = {
        {"Turkcell is now the second-biggest operator after AT&T. Shares rose "
         "4%.",
         {"Turkcell is now the second-biggest operator after AT&T.",
          "Shares rose 4%."}},
        {"Prices were cut at M&S. \"It is a bad sign,\" an analyst said.",
         {"Prices were cut at M&S.", "\"It is a bad sign,\" an analyst said."}},
        /* an initial still goes on before a name */
        {"Ayse B. Kaya of P&G met officials.",
         {"Ayse B. Kaya of P&G met officials."}},
    };
    (void)state;
    check_cases(ac, sizeof(ac) / sizeof(ac[0]));
}

static void test_headline_flag(void **state)
{
    const char *t = "Erdogan praises ties with Putin\n\nHe said so. PREV\n";
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    (void)state;

    assert_int_equal(kg_text__segment(t, strlen(t), &seg), KG_OK);
    assert_int_equal(seg.nsentences, 3);
    assert_int_equal(seg.sentences[0].headline, 1);
    assert_int_equal(seg.sentences[0].boilerplate, 0);
    assert_int_equal(seg.sentences[1].headline, 0);
    /* "PREV" is not alone on its line: prose, not navigation */
    assert_int_equal(seg.sentences[2].boilerplate, 0);
    kg_segmentation_dispose(&seg);
}

static void test_empty(void **state)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    (void)state;

    assert_int_equal(kg_text__segment("", 0, &seg), KG_OK);
    assert_int_equal(seg.nsentences, 0);
    assert_int_equal(seg.ntokens, 0);
    kg_segmentation_dispose(&seg);
    assert_int_equal(kg_text__segment(" \n\t\r\n \xC2\xA0", 8, &seg), KG_OK);
    assert_int_equal(seg.nsentences, 0);
    assert_int_equal(seg.ntokens, 0);
    kg_segmentation_dispose(&seg);
    kg_segmentation_dispose(NULL);
}

/* A run-on text of ~25 KB with no punctuation at all is cut into
 * sentences at the last token boundary before KG_MAX_SENTENCE_BYTES. */
static void test_long_runon(void **state)
{
    const char *words[] = {"Turkey", "and",   "Russia", "trade",
                           "grain",  "while", "Sweden", "waits"};
    kg_buf b = KG_BUF_INIT;
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    size_t i;
    (void)state;

    for (i = 0; i < 4000; i++) {
        assert_int_equal(kg_buf_puts(&b, words[i % 8]), KG_OK);
        assert_int_equal(kg_buf_putc(&b, ' '), KG_OK);
    }
    assert_int_equal(kg_text__segment(b.ptr, b.len, &seg), KG_OK);
    check_invariants(b.ptr, b.len, &seg);
    assert_true(seg.nsentences >= 5);
    for (i = 0; i + 1 < seg.nsentences; i++) {
        const kg_sentence *s = &seg.sentences[i];
        const kg_token *next = &seg.tokens[s->first_token + s->ntokens];
        /* as long as it can be: one more token would pass the bound */
        assert_true(next->end - s->start > KG_MAX_SENTENCE_BYTES);
        assert_int_equal(s->headline, 0);
    }
    kg_segmentation_dispose(&seg);

    /* one 10,000-letter "word" is cut into tokens, sentences still bound */
    kg_buf_clear(&b);
    for (i = 0; i < 10000; i++)
        assert_int_equal(kg_buf_putc(&b, 'a'), KG_OK);
    assert_int_equal(kg_text__segment(b.ptr, b.len, &seg), KG_OK);
    check_invariants(b.ptr, b.len, &seg);
    assert_true(seg.ntokens >= 10);
    kg_segmentation_dispose(&seg);
    kg_buf_dispose(&b);
}

typedef struct tok_want {
    const char *text;
    unsigned kind;
    unsigned flags;  /* every flag here must be set ... */
    unsigned absent; /* ... and every flag here clear */
} tok_want;

static void check_tokens(const char *t, const tok_want *want, size_t n)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    size_t i;

    assert_int_equal(kg_text__segment(t, strlen(t), &seg), KG_OK);
    check_invariants(t, strlen(t), &seg);
    if (seg.ntokens != n)
        for (i = 0; i < seg.ntokens; i++)
            print_error("  token %zu: '%.*s'\n", i,
                        (int)(seg.tokens[i].end - seg.tokens[i].start),
                        t + seg.tokens[i].start);
    assert_int_equal(seg.ntokens, n);
    for (i = 0; i < n; i++) {
        const kg_token *k = &seg.tokens[i];
        size_t len = k->end - k->start;
        /* offsets re-read the same bytes */
        if (strlen(want[i].text) != len ||
            memcmp(want[i].text, t + k->start, len) != 0)
            print_error("token %zu: want '%s' got '%.*s'\n", i, want[i].text,
                        (int)len, t + k->start);
        assert_int_equal(strlen(want[i].text), len);
        assert_memory_equal(want[i].text, t + k->start, len);
        assert_int_equal(k->kind, want[i].kind);
        assert_int_equal(k->flags & want[i].flags, want[i].flags);
        assert_int_equal(k->flags & want[i].absent, 0);
    }
    kg_segmentation_dispose(&seg);
}

#define W   KG_TOK_WORD
#define N   KG_TOK_NUMBER
#define P   KG_TOK_PUNCT
#define S   KG_TOK_SYMBOL
#define CAP KG_TOKF_CAP
#define ALL KG_TOKF_ALLCAPS
#define HY  KG_TOKF_HYPHEN
#define SP  KG_TOKF_SPACE_BEFORE

static void test_tokens_possessive(void **state)
{
    const tok_want want[] = {{"Turkey", W, CAP, ALL | SP},
                             {"\xE2\x80\x99s", W, 0, SP | CAP},
                             {"tensions", W, SP, CAP},
                             {"and", W, SP, 0},
                             {"Sweden", W, CAP | SP, 0},
                             {"'s", W, 0, SP},
                             {"bid", W, SP, 0},
                             {",", P, 0, SP},
                             {"Kurdistan", W, CAP | SP, 0},
                             {"Workers", W, CAP | SP, 0},
                             {"\xE2\x80\x99", P, 0, SP},
                             {"Party", W, CAP | SP, 0},
                             {"I\xE2\x80\x99m", W, CAP | SP, ALL},
                             {"O'Brien", W, CAP | SP, 0},
                             {".", P, 0, SP}};
    (void)state;
    check_tokens("Turkey\xE2\x80\x99s tensions and Sweden's bid, Kurdistan "
                 "Workers\xE2\x80\x99 Party I\xE2\x80\x99m O'Brien.",
                 want, sizeof(want) / sizeof(want[0]));
}

/* A lower-case Arabic article before a capital is part of a name. */
static void test_tokens_article_names(void **state)
{
    const tok_want want[] = {{"al-Qaeda", W, CAP | HY, ALL},
                             {"and", W, SP, CAP},
                             {"el-Sisi", W, CAP | HY | SP, ALL},
                             {"met", W, SP, CAP},
                             {"as-yet", W, HY | SP, CAP},
                             {"alone", W, SP, CAP},
                             {".", P, 0, SP}};
    (void)state;
    check_tokens("al-Qaeda and el-Sisi met as-yet alone.", want,
                 sizeof(want) / sizeof(want[0]));
}

/* Words of ASCII and other letters: a word is read byte by byte while
 * its bytes are ASCII letters and digits, and decoded past them; case is
 * counted over both ("ÉLYSÉE" is all capitals, "aÉ" is not, "ash-Shaykh"
 * and "an-Nahar" carry their article, "al" and "also-ran" none). */
static void test_tokens_mixed_letters(void **state)
{
    const tok_want want[] = {{"\xC3\x89LYS\xC3\x89\x45", W, CAP | ALL, SP},
                             {"Caf\xC3\xA9s", W, CAP | SP, ALL},
                             {"na\xC3\xAFve", W, SP, CAP | ALL},
                             {"ash-Shaykh", W, CAP | HY | SP, ALL},
                             {"an-Nahar", W, CAP | HY | SP, ALL},
                             {"al", W, SP, CAP},
                             {"also-ran", W, HY | SP, CAP},
                             {"Zu\xCC\x88rich2", W, CAP | SP, ALL},
                             {"ABC\xC3\xA9", W, CAP | SP, ALL},
                             {".", P, 0, SP}};
    (void)state;
    check_tokens("\xC3\x89LYS\xC3\x89\x45 Caf\xC3\xA9s na\xC3\xAFve "
                 "ash-Shaykh an-Nahar al also-ran Zu\xCC\x88rich2 "
                 "ABC\xC3\xA9.",
                 want, sizeof(want) / sizeof(want[0]));
}

/* Where a word ends on an ASCII byte: a punctuation mark, a hyphen or
 * an apostrophe with no word character after it, white space of each
 * kind (tab, vertical tab, form feed, carriage return), or the end of
 * the text. */
static void test_tokens_ascii_word_ends(void **state)
{
    const tok_want want[] = {{"pro", W, 0, SP | HY},
                             {"-", P, 0, SP},
                             {"and", W, SP, 0},
                             {"anti", W, SP, HY},
                             {"-", P, 0, SP},
                             {"talks", W, SP, 0},
                             {"'", P, 0, SP},
                             {"ended", W, SP, 0},
                             {";", P, 0, SP},
                             {"Ankara", W, CAP | SP, 0},
                             {"(", P, SP, 0},
                             {"Turkey", W, CAP, SP},
                             {")", P, 0, SP},
                             {"rose", W, SP, 0},
                             {"Baku", W, CAP | SP, 0}};
    (void)state;
    check_tokens("pro- and\tanti-\vtalks' ended;\fAnkara\r(Turkey) rose "
                 "Baku",
                 want, sizeof(want) / sizeof(want[0]));
}

static void test_tokens_compounds(void **state)
{
    const tok_want want[] = {{"The", W, CAP, SP},
                             {"Russian-Turkish", W, CAP | HY | SP, ALL},
                             {"trade", W, SP, HY},
                             {"reaches", W, SP, 0},
                             {"$", S, SP, 0},
                             {"62", N, 0, SP},
                             {"billion", W, SP, 0},
                             {";", P, 0, SP},
                             {"U.S.", W, CAP | ALL | SP, HY},
                             {"U.S.-led", W, CAP | HY | SP, ALL},
                             {"NATO", W, CAP | ALL | SP, 0},
                             {"war-torn", W, HY | SP, CAP},
                             {"40-year-old", W, HY | SP, 0},
                             {"A", W, CAP | SP, ALL},
                             {"e.g.", W, SP, CAP},
                             {"G7", W, CAP | SP, 0},
                             {".", P, 0, SP}};
    (void)state;
    check_tokens("The Russian-Turkish trade reaches $62 billion; U.S. U.S.-led "
                 "NATO war-torn 40-year-old A e.g. G7.",
                 want, sizeof(want) / sizeof(want[0]));
}

static void test_tokens_numbers(void **state)
{
    const tok_want want[] = {{"62", N, 0, 0},
                             {"62.5", N, SP, 0},
                             {"1,000", N, SP, 0},
                             {"155,221", N, SP, 0},
                             {"2020", N, SP, HY},
                             {"2003-2014", N, HY | SP, 0},
                             {"15:01", N, SP, 0},
                             {"76", N, SP, 0},
                             {"%", S, 0, SP},
                             {"\xE2\x82\xAC", S, SP, 0},
                             {"5", N, 0, SP},
                             {"\xC2\xA3", S, SP, 0},
                             {"1.13", N, 0, SP},
                             {"bn", W, 0, SP},
                             {"1", N, SP, 0},
                             {",", P, 0, SP},
                             {"00", N, 0, SP},
                             {"(", P, SP, 0},
                             {"\xE2\x80\x9C", P, 0, SP},
                             {"x", W, 0, SP},
                             {"\xE2\x80\x9D", P, 0, SP},
                             {")", P, 0, SP},
                             {"\xE2\x80\x94", P, SP, 0},
                             {"\xE2\x80\x93", P, SP, 0},
                             {":", P, 0, SP}};
    (void)state;
    check_tokens("62 62.5 1,000 155,221 2020 2003-2014 15:01 76% \xE2\x82\xAC"
                 "5 "
                 "\xC2\xA3"
                 "1.13bn 1,00 (\xE2\x80\x9Cx\xE2\x80\x9D) "
                 "\xE2\x80\x94 \xE2\x80\x93:",
                 want, sizeof(want) / sizeof(want[0]));
}

static void test_tokens_unicode(void **state)
{
    const tok_want want[] = {
        {"Erdo\xC4\x9F"
         "an",
         W, CAP, ALL},
        {"K\xC4\xB1l\xC4\xB1\xC3\xA7"
         "daro\xC4\x9Flu",
         W, CAP | SP, 0},
        {"T\xC3\x9CRK\xC4\xB0YE", W, CAP | ALL | SP, 0},
        {"\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", W, CAP | SP, 0}};
    (void)state;
    check_tokens("Erdo\xC4\x9F"
                 "an K\xC4\xB1l\xC4\xB1\xC3\xA7"
                 "daro\xC4\x9Flu "
                 "T\xC3\x9CRK\xC4\xB0YE\xC2\xA0\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8"
                 "\xD0\xBD",
                 want, sizeof(want) / sizeof(want[0]));
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

static int sentence_is(const char *t, const kg_sentence *s, const char *want)
{
    return strlen(want) == s->end - s->start &&
           memcmp(t + s->start, want, s->end - s->start) == 0;
}

static int
sentence_starts(const char *t, const kg_sentence *s, const char *want)
{
    return strlen(want) <= s->end - s->start &&
           memcmp(t + s->start, want, strlen(want)) == 0;
}

/* The CNN sample: the title is its own sentence, the byline, the
 * "(CNN) —" dateline and PREV/NEXT lines are boilerplate, quotes end with
 * their sentences. */
static void test_example_cnn(void **state)
{
    size_t len = 0, i, found = 0;
    char *t = slurp("examples/cnn-erdogan-putin-runoff.txt", &len);
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    (void)state;

    if (!t)
        skip();
    assert_int_equal(kg_text__segment(t, len, &seg), KG_OK);
    check_invariants(t, len, &seg);
    assert_true(sentence_is(t, &seg.sentences[0],
                            "Erdogan praises \xE2\x80\x9Cspecial "
                            "relationship\xE2\x80\x9D with Putin ahead of "
                            "crucial run-off elections in Turkey"));
    assert_int_equal(seg.sentences[0].headline, 1);
    assert_int_equal(seg.sentences[0].boilerplate, 0);
    assert_true(sentence_starts(t, &seg.sentences[1], "Reporting by"));
    assert_int_equal(seg.sentences[1].boilerplate, 1);
    assert_true(sentence_starts(t, &seg.sentences[2], "To subscribe"));
    assert_int_equal(seg.sentences[2].boilerplate, 1);
    /* the dateline is boilerplate; the story starts after its dash */
    assert_true(sentence_is(t, &seg.sentences[3], "(CNN) \xE2\x80\x94"));
    assert_int_equal(seg.sentences[3].boilerplate, 1);
    assert_true(sentence_starts(t, &seg.sentences[4], "Turkish President"));
    assert_int_equal(seg.sentences[4].boilerplate, 0);
    for (i = 0; i < seg.nsentences; i++) {
        const kg_sentence *s = &seg.sentences[i];
        if (sentence_starts(t, s, "PREV ") || sentence_starts(t, s, "NEXT ") ||
            sentence_starts(t, s, "Execution of a person"))
            assert_int_equal(s->boilerplate, 1), found++;
        else if (i > 3)
            assert_int_equal(s->boilerplate, 0);
        if (sentence_starts(t, s, "We are not bound"))
            assert_true(sentence_is(t, s,
                                    "We are not bound by Western "
                                    "sanctions.\xE2\x80\x9D"));
        if (sentence_starts(t, s, "\xE2\x80\x9CIs a dictator"))
            assert_true(sentence_is(t, s,
                                    "\xE2\x80\x9CIs a dictator running a "
                                    "runoff?\xE2\x80\x9D he asked."));
    }
    assert_int_equal(found, 3);
    assert_int_equal(seg.boilerplate, 6);
    kg_segmentation_dispose(&seg);
    free(t);
}

static void test_example_anadolu(void **state)
{
    size_t len = 0;
    char *t = slurp("examples/erdogan-friends-us-russia.txt", &len);
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    const kg_sentence *last;
    (void)state;

    if (!t)
        skip();
    assert_int_equal(kg_text__segment(t, len, &seg), KG_OK);
    check_invariants(t, len, &seg);
    assert_true(seg.nsentences > 10);
    assert_true(sentence_is(t, &seg.sentences[0], "date 2023-05-12"));
    assert_int_equal(seg.sentences[0].boilerplate, 1);
    assert_true(sentence_is(t, &seg.sentences[1],
                            "Turkish president says T\xC3\xBCrkiye friends "
                            "with both US, Russia"));
    assert_int_equal(seg.sentences[1].boilerplate, 0);
    assert_int_equal(seg.sentences[1].headline, 1);
    assert_int_equal(seg.boilerplate, 1);
    last = &seg.sentences[seg.nsentences - 1];
    assert_true(sentence_starts(t, last, "\"Because our relations"));
    assert_int_equal(last->end, len);
    kg_segmentation_dispose(&seg);
    free(t);
}

/* Random strings of news-like pieces (fixed seed, so reproducible): the
 * invariants hold whatever the mix. */
static void test_random_pieces(void **state)
{
    static const char *const pieces[] = {"Turkey",
                                         "U.S.",
                                         "\xE2\x80\x99s",
                                         "'s",
                                         " ",
                                         "  ",
                                         "\n",
                                         "\n\n",
                                         ".",
                                         "...",
                                         "\xE2\x80\xA6",
                                         "?",
                                         "!",
                                         "\xE2\x80\x9C",
                                         "\xE2\x80\x9D",
                                         "\xE2\x80\x98",
                                         "\xE2\x80\x99",
                                         "\"",
                                         "'",
                                         "(",
                                         ")",
                                         "-",
                                         "\xE2\x80\x94",
                                         "Mr.",
                                         "Inc.",
                                         "Jan.",
                                         "No.",
                                         "F.",
                                         "e.g.",
                                         "62",
                                         "62.5",
                                         "1,000",
                                         "$",
                                         "%",
                                         "date 2023-05-12",
                                         "PREV ",
                                         "NEXT",
                                         "By John Smith",
                                         "click here",
                                         "said",
                                         "he",
                                         "The",
                                         "\r\n",
                                         "\xC2\xA0",
                                         "\xEF\xBB\xBF",
                                         "Erdo\xC4\x9F"
                                         "an",
                                         "run-off",
                                         "-year-",
                                         ",",
                                         ":",
                                         "\xF0\x9F\x98\x80",
                                         "\xCC\x86"};
    const size_t np = sizeof(pieces) / sizeof(pieces[0]);
    unsigned long seed = 12345;
    kg_buf b = KG_BUF_INIT;
    size_t round, i;
    (void)state;

    for (round = 0; round < 500; round++) {
        kg_segmentation seg = KG_SEGMENTATION_INIT;
        size_t n;
        kg_buf_clear(&b);
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        n = (seed >> 33) % 200;
        for (i = 0; i < n; i++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            assert_int_equal(kg_buf_puts(&b, pieces[(seed >> 33) % np]), KG_OK);
        }
        assert_int_equal(kg_text__segment(b.ptr ? b.ptr : "", b.len, &seg),
                         KG_OK);
        check_invariants(b.ptr ? b.ptr : "", b.len, &seg);
        kg_segmentation_dispose(&seg);
    }
    kg_buf_dispose(&b);
}

static void test_date_prefix(void **state)
{
    char date[11];
    (void)state;

    assert_int_equal(kg_text__date_prefix("date 2023-05-12", 15, date), 15);
    assert_string_equal(date, "2023-05-12");
    assert_int_equal(kg_text__date_prefix("date 2023-05-12 Title", 21, date),
                     15);
    assert_int_equal(kg_text__date_prefix("Date: 2024-02-29", 16, NULL), 16);
    assert_int_equal(kg_text__date_prefix("date 2023-02-29", 15, NULL), 0);
    assert_int_equal(kg_text__date_prefix("date 2023-13-01", 15, NULL), 0);
    assert_int_equal(kg_text__date_prefix("date 2023-05-123", 16, NULL), 0);
    assert_int_equal(kg_text__date_prefix("dated 2023-05-12", 16, NULL), 0);
    assert_int_equal(kg_text__date_prefix("date 23-05-12", 13, NULL), 0);
    assert_int_equal(kg_text__valid_date(2000, 2, 29), 1);
    assert_int_equal(kg_text__valid_date(1900, 2, 29), 0);
    assert_int_equal(kg_text__valid_date(2023, 4, 31), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boundary_table),
        cmocka_unit_test(test_recased_initialism),
        cmocka_unit_test(test_firm_suffix_ends),
        cmocka_unit_test(test_name_abbreviations),
        cmocka_unit_test(test_ampersand_name_ends),
        cmocka_unit_test(test_headline_flag),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_long_runon),
        cmocka_unit_test(test_tokens_possessive),
        cmocka_unit_test(test_tokens_compounds),
        cmocka_unit_test(test_tokens_ascii_word_ends),
        cmocka_unit_test(test_tokens_article_names),
        cmocka_unit_test(test_tokens_numbers),
        cmocka_unit_test(test_tokens_unicode),
        cmocka_unit_test(test_tokens_mixed_letters),
        cmocka_unit_test(test_example_cnn),
        cmocka_unit_test(test_example_anadolu),
        cmocka_unit_test(test_random_pieces),
        cmocka_unit_test(test_date_prefix),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");
    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
