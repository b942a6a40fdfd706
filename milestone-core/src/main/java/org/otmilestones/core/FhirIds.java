package org.otmilestones.core;

import java.util.Optional;

/**
 * The canonical URLs of our FHIR resources and code systems. They are identifiers, not web pages to visit,
 * and they never change: a health record matches answers and questionnaires by them.
 */
public final class FhirIds {

    /** The base of every canonical URL of ours. */
    public static final String BASE = "https://otmilestones.github.io/fhir";

    /** Our answer codes: yes, sometimes, not-yet, not-sure (and no, for a general question). */
    public static final String ANSWER_SYSTEM = BASE + "/CodeSystem/answer";

    /** Our checkpoint codes: the catalog's checkpoint ids, such as {@code 24m}. */
    public static final String CHECKPOINT_SYSTEM = BASE + "/CodeSystem/checkpoint";

    /** Where a Questionnaire's URL starts. */
    public static final String QUESTIONNAIRE_BASE = BASE + "/Questionnaire/";

    /** The linkId of the item holding weeks of pregnancy at birth. */
    public static final String WEEKS_AT_BIRTH = "weeks_at_birth";

    /** The linkId of the item saying who filled in the form. */
    public static final String COMPLETED_BY = "completed_by";

    /** The linkId of the item naming the checkpoint, in a questionnaire with a section per checkpoint. */
    public static final String CHECKPOINT = "checkpoint";

    private FhirIds() {
    }

    /** A FHIR id from any text: letters, digits, '-' and '.', at most 64 characters. */
    public static String fhirId(String text) {
        String id = text.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    /** The id of the questionnaire of one checkpoint, or of every checkpoint: {@code otm-default-24m}, {@code otm-default}. */
    public static String questionnaireId(Catalog catalog, Optional<Checkpoint> checkpoint) {
        return fhirId(catalog.id() + checkpoint.map(c -> "-" + c.id()).orElse(""));
    }

    /** The canonical URL of a questionnaire, without its version. */
    public static String questionnaireUrl(Catalog catalog, Optional<Checkpoint> checkpoint) {
        return QUESTIONNAIRE_BASE + questionnaireId(catalog, checkpoint);
    }
}
