package se.finsambench.pipeline.generate;

/** Who took part in one insats in one period, and how many left it and for what. */
record Participants(int women, int men, int exits, int exitsWork, int exitsStudies) {

    int total() {
        return women + men;
    }

    int exitsWorkOrStudies() {
        return exitsWork + exitsStudies;
    }

    Participants plus(Participants o) {
        return new Participants(women + o.women, men + o.men, exits + o.exits, exitsWork + o.exitsWork,
                exitsStudies + o.exitsStudies);
    }

    static final Participants NONE = new Participants(0, 0, 0, 0, 0);
}
