package org.otmilestones.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed answer choices of every generated form, with each tool's code: REDCap's numbers, the XLSForm
 * choice names and the FHIR codes of our answer code system. The general questions are yes or no:
 * {@link #YES} and {@link #NO}.
 */
public enum AnswerChoice {
    /** Yes. */
    YES(Answer.YES, "1", "yes", "yes", "Yes", "Sí"),
    /** Sometimes. */
    SOMETIMES(Answer.SOMETIMES, "2", "sometimes", "sometimes", "Sometimes", "A veces"),
    /** Not yet. */
    NOT_YET(Answer.NOT_YET, "3", "not_yet", "not-yet", "Not yet", "Todavía no"),
    /** Not sure. */
    NOT_SURE(Answer.NOT_SURE, "4", "not_sure", "not-sure", "Not sure", "No sé"),
    /** "No" to a general yes-or-no question; it counts as {@link Answer#NOT_YET}, the opposite of yes. */
    NO(Answer.NOT_YET, "0", "no", "no", "No", "No");

    private final Answer answer;
    private final String redcapCode;
    private final String xlsFormName;
    private final String fhirCode;
    private final String english;
    private final String spanish;

    AnswerChoice(Answer answer, String redcapCode, String xlsFormName, String fhirCode, String english,
            String spanish) {
        this.answer = answer;
        this.redcapCode = redcapCode;
        this.xlsFormName = xlsFormName;
        this.fhirCode = fhirCode;
        this.english = english;
        this.spanish = spanish;
    }

    /** The choices of a milestone question, in the order a form shows them. */
    public static java.util.List<AnswerChoice> milestoneChoices() {
        return java.util.List.of(YES, SOMETIMES, NOT_YET, NOT_SURE);
    }

    /** The choices of a general question. */
    public static java.util.List<AnswerChoice> yesNo() {
        return java.util.List.of(YES, NO);
    }

    /** The choices of a sign of how a child handles the senses ("often?"): yes, no or not sure. */
    public static java.util.List<AnswerChoice> signChoices() {
        return java.util.List.of(YES, NO, NOT_SURE);
    }

    /** The answer this choice records. */
    public Answer answer() {
        return answer;
    }

    /** The REDCap code: 1 yes, 2 sometimes, 3 not yet, 4 not sure; 1 yes and 0 no for a yes-or-no field. */
    public String redcapCode() {
        return redcapCode;
    }

    /** The XLSForm choice name, the value a KoBo or ODK export with XML names holds. */
    public String xlsFormName() {
        return xlsFormName;
    }

    /** The code in our FHIR answer code system. */
    public String fhirCode() {
        return fhirCode;
    }

    /** The label in a language: English, or Spanish for {@code es}. */
    public String label(String language) {
        return "es".equals(language) ? spanish : english;
    }

    /** The milestone choice with this FHIR code, or {@link #NO}. */
    public static Optional<AnswerChoice> byFhirCode(String code) {
        return Arrays.stream(values()).filter(c -> c.fhirCode.equals(code)).findFirst();
    }
}
