package io.unireg.match;

/** Why a pair got its decision, in order of precedence (a clerk's decision beats a rule beats the model). */
public enum DecisionReason {
    CLERK, RULE, MODEL
}
