package org.otmilestones.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spanish style checks catch each kind of bad text, and pass the good forms the style guide asks for. */
class SpanishStyleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "¿Su niño aplaude?|su niño o niña",
        "Hable con el médico de su niño.|su niño o niña",
        "Nombre del niño/a|no slashes",
        "Nombre del niño(a)|no slashes",
        "La TO ayuda a los niños.|terapia ocupacional",
        "Consulte con un terapeuta de OT.|(en inglés, \"OT\")",
        "La terapia física (PT) ayuda.|(en inglés, \"PT\")",
        "Edad desde la fecha prevista de parto|fecha probable de parto",
        "Si no sabe, marque \"No estoy seguro\".|No sé",
        "{0} no está seguro|No sé",
        "Aún no|todavía no",
        "Pida una valoración.|evaluación",
        "Llene este cuestionario.|lista",
        "Su bebé es prematuro.|nació antes de tiempo",
        "Estas son banderas rojas.|señales de alerta",
        "¿Su bebé coge el juguete?|agarrar",
        "¿Su niño o niña bebe de un vaso?|tomar",
        "Ofrézcale una taza.|vaso",
        "¿Toma con pajita?|popote",
        "Una chaqueta abierta.|chamarra",
        "Suba la cremallera.|cierre",
        "Bajo una manta.|cobija",
        "Su mantita favorita.|cobija",
        "Siéntelo en el orinal.|bacinica",
        "Suban al tobogán.|resbaladilla",
        "Dibujen con tiza.|gis",
        "Pinten con brochas.|pinceles",
        "Sin una gran rabieta.|berrinche",
        "Un lazo.|moño",
        "Los pies en el suelo.|piso",
        "En la habitación.|cuarto",
        "Lávele el cabello.|pelo",
        "Copiar de la pizarra.|pizarrón",
        "En el coche.|carro",
        "Su chupete.|chupón",
        "En la bañera.|tina",
        "Jueguen a las palmitas.|Tortillitas",
        "¿Dónde está Wally?|Waldo",
        "Se le caen las cosas a menudo.|con frecuencia",
        "Diga “brazo adentro”.|straight quotes",
        "Diga «brazo adentro».|straight quotes",
        "Lo hace entre los 4 y 6 meses.|entre los 4 y los 6 meses",
        "Lo hace entre 1 y 2 años.|entre los 4 y los 6 meses",
        "Lo hace a los 2½ años.|2 años y medio",
        "Lo hace a los 2,5 años.|2 años y medio",
        "Lo hace del nacimiento a los 3 meses.|desde que nace",
    })
    void findsEachTermTheGlossaryForbids(String text, String advice) {
        // Every finding is this rule's: no other rule fires on the sample (a curly pair is two findings).
        assertThat(SpanishStyle.problems("test", text)).isNotEmpty().allSatisfy(p -> assertThat(p)
                .startsWith("test: found").contains(advice));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "¿Su niño o niña aplaude cuando está feliz?",
        "Hable con el médico de su niño o niña.",
        "La terapia ocupacional (en inglés, \"OT\") ayuda a los niños.",
        "La terapia física (en inglés, \"PT\") trabaja con los músculos grandes.",
        "Lista de habilidades para familias (OT Milestones)",
        "Edad contada desde la fecha probable de parto",
        "Si no sabe, marque \"No sé\".",
        "¿Su niño o niña toma con popote (pajita)?",
        "Vista a su niño o niña con una chamarra o chaqueta abierta.",
        "Dibujen con gis (tiza). Siéntelo en la bacinica (orinal).",
        "Columpios y resbaladillas (toboganes) pequeñas.",
        "Unte mantequilla en el pan.",
        "¿Su bebé se lleva la mano a la boca? Su bebé toma del biberón.",
        "Lo hace entre los 4 y los 6 meses, o a los 2 años y medio.",
        "Diga \"brazo adentro\".",
    })
    void passesTheFormsTheStyleGuideAsksFor(String text) {
        assertThat(SpanishStyle.problems("test", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "¿Su bebé se lleva la mano a la boca?",
        "Cuando usted aplaude, ¿su bebé trata de aplaudir también?",
        "Si usted pregunta \"¿Dónde está el perro?\", ¿su niño o niña lo señala en un libro?",
        "¿Su niño o niña conoce al menos un color? Por ejemplo, ¿señala el crayón rojo si usted se lo pide?",
        "¿Su bebé reacciona a los ruidos fuertes? Puede asustarse, parpadear o quedarse quieto.",
        "¿Ve alguna señal en los ojos? Por ejemplo, ojos que tiemblan. Después de los 4 meses, también si se desvían.",
    })
    void passesAQuestionThatOpensAndClosesWellWithAtMostAShortNote(String question) {
        assertThat(SpanishStyle.questionProblems("q", question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Su bebé se lleva la mano a la boca?|needs",
        "¿Su bebé se lleva la mano a la boca.|needs",
        "Su bebé aplaude. ¿Lo hace a menudo?|opening clause",
        "Cuando usted aplaude ¿su bebé aplaude?|opening clause",
        "¿Su bebé aplaude ¿o sonríe?|opens before",
        "¿Su bebé aplaude? Sonríe? |no \"¿\" opened",
        "¿Su bebé aplaude? Por ejemplo, ¿sonríe|does not close",
        "¿Su bebé aplaude? Una nota. Otra nota. Y una tercera nota.|3 sentences",
    })
    void findsAQuestionThatDoesNotOpenOrCloseOrHasALongNote(String question, String problem) {
        assertThat(SpanishStyle.questionProblems("q", question)).singleElement()
                .satisfies(p -> assertThat(p).startsWith("q: ").contains(problem));
    }
}
