package org.otmilestones.forms;

import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;

/**
 * The few texts of a generated form that are not in the catalog, in English and Spanish (other languages
 * get the English text): hints, section titles and the age a checkpoint stands for.
 */
public final class FormTexts {

    /** The name (and FHIR linkId) of the question "which checklist" in forms that cannot calculate the age. */
    public static final String CHECKPOINT_NAME = "checkpoint";

    private FormTexts() {
    }

    private static String pick(String language, String english, String spanish) {
        return "es".equals(language) ? spanish : english;
    }

    /**
     * The age a checkpoint stands for, in words the import reads back as that checkpoint: "18 months",
     * "3 years" ("18 meses", "3 años").
     */
    public static String checkpointAge(Checkpoint checkpoint, String language) {
        int months = checkpoint.ageMonths();
        if (months >= 24 && months % 12 == 0) {
            int years = months / 12;
            return years + pick(language, " years", " años");
        }
        return months + pick(language, months == 1 ? " month" : " months", months == 1 ? " mes" : " meses");
    }

    /** The title of a checkpoint's section: "Checklist for 2 years". */
    public static String checkpointSection(Checkpoint checkpoint, String language) {
        return pick(language, "Checklist for ", "Lista para ") + checkpointAge(checkpoint, language);
    }

    /** The title of the section of general questions asked at every age. */
    public static String generalSection(String language) {
        return pick(language, "For every child", "Para todos los niños");
    }

    /** The section of the signs of how a child handles the senses ("often?"). */
    public static String sensorySection(String language) {
        return pick(language, "How your child handles the senses: does your child often...",
                "Cómo su niño o niña maneja los sentidos: con frecuencia...");
    }

    /** The question "which checklist" of forms that cannot work out the age themselves. */
    public static String checkpointQuestion(String language) {
        return pick(language, "Checklist age", "Edad de la lista");
    }

    /** The help under the checkpoint question. */
    public static String checkpointHint(Catalog catalog, String language) {
        var rule = catalog.correctedAge();
        return pick(language,
                "Choose the highest age your child has reached. If your baby was born before "
                        + rule.pretermBeforeWeeks() + " weeks of pregnancy, count from the due date until "
                        + rule.correctUntilMonths() + " months.",
                "Elija la edad más alta que su niño o niña ya cumplió. Si su bebé nació antes de las "
                        + rule.pretermBeforeWeeks() + " semanas de embarazo, cuente desde la fecha probable de parto "
                        + "hasta los " + rule.correctUntilMonths() + " meses.");
    }

    /** The help under the weeks-at-birth question. */
    public static String weeksHint(String language) {
        return pick(language, "Weeks of pregnancy when your child was born (40 is on time). Leave it blank if "
                + "you do not know.", "Semanas de embarazo cuando nació su niño o niña (40 es a tiempo). Déjelo en "
                + "blanco si no lo sabe.");
    }

    /** The help under the assessment-date question. */
    public static String assessmentDateHint(String language) {
        return pick(language, "The day you fill in this form. Leave it blank for today.",
                "El día en que llena este formulario. Déjelo en blanco para hoy.");
    }

    /** The label of the calculated age, for staff. */
    public static String ageMonthsLabel(String language) {
        return pick(language, "Age for the checklist, in months (calculated)",
                "Edad para la lista, en meses (calculada)");
    }

    /**
     * The form's title: the catalog's name and the age, such as "... (2 years)" or "... (every age)"; after a
     * name that ends in brackets itself ("Lista de habilidades para familias (OT Milestones)"), a comma: "...,
     * 2 años".
     */
    public static String title(Form form, String language) {
        String name = form.catalog().name().in(language);
        String age = form.checkpoint().map(c -> checkpointAge(c, language))
                .orElse(pick(language, "every age", "todas las edades"));
        return name.endsWith(")") ? name + ", " + age : name + " (" + age + ")";
    }

    /** The message shown when a date of birth is in the future. */
    public static String birthDateMessage(String language) {
        return pick(language, "The date of birth cannot be after today.",
                "La fecha de nacimiento no puede ser después de hoy.");
    }

    /** The message shown when weeks at birth is out of range. */
    public static String weeksMessage(String language) {
        String range = Child.MIN_WEEKS_AT_BIRTH + pick(language, " to ", " a ") + Child.MAX_WEEKS_AT_BIRTH;
        return pick(language, "Write a number of weeks from ", "Escriba un número de semanas de ") + range + ".";
    }
}
