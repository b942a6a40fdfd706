package org.otmilestones.report.pdf;

/** Prints text widths for tuning column widths by hand. */
public final class WidthProbe {
    private WidthProbe() {
    }

    public static void main(String[] args) {
        String[] bold = {"Handling sights, sounds, and touch", "Eyes and hands working together", "Making sense of what they see",
            "Taking care of themselves", "Uso de las manos y los dedos", "Ojos y manos trabajando juntos", "Manejo de lo que ve, oye y toca",
            "➜ Ask about OT", "… Not enough answers", "◐ Keep practicing", "➜ Pida una evaluación", "… Faltan respuestas", "◐ Siga practicando", "– Not asked", "– No se preguntó"};
        for (String s : bold) {
            System.out.printf("%6.1f  %s%n", Face.BOLD.width(s, 11f), s);
        }
        for (String s : new String[] {"8 of 8 yes", "6 of 8: 4 yes, 2 sometimes", "Only 2 of 6 answered", "8 de 8: sí", "6 de 8: 4 sí, 2 a veces", "Solo 2 de 6 contestadas"}) {
            System.out.printf("%6.1f  %s%n", Face.REGULAR.width(s, 11f), s);
        }
    }
}
