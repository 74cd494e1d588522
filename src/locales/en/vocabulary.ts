import type { Labels } from '../types.js';

/** English names and descriptions of the shared vocabulary: phases, topics, focus areas. */
export const vocabularyLabelsEn = {
  "phase": {
    "preparation": "Preparation",
    "setStatus": "Purpose and agenda",
    "currentSituation": "Current situation",
    "employeeNeeds": "The employee's development needs",
    "organisationNeeds": "The organisation's development needs",
    "agreements": "Concrete agreements",
    "supportAgreements": "Support agreements",
    "nextConversation": "Next conversation",
    "evaluation": "Evaluation of the conversation",
    "concluded": "Concluded",
    "followUp": "Follow-up",
    "strengths": "Strengths",
    "progress": "Progress on agreements",
    "whatNext": "What next",
    "rhythm": "Follow-up rhythm",
    "dialogueOpening": "Opening",
    "dialogueAmbitions": "The ambitions",
    "dialogueReflection": "Reflection in groups",
    "dialogueHarvest": "Plenary harvest",
    "dialogueWishes": "Individual wishes",
    "dialogueClosing": "Closing"
  },
  "phaseDescription": {
    "preparation": "Both sides prepare and put points on the agenda.",
    "setStatus": "Purpose, overarching development goal, agenda points of both sides, priority and the time available.",
    "currentSituation": "The employee looks back on what happened since the last conversation, in their own words; no discussion yet.",
    "employeeNeeds": "In their own words: what, why, how, when, what it costs, and whether it concerns knowledge, skills or competences.",
    "organisationNeeds": "The points the manager brings in, and their links with the employee's points.",
    "agreements": "For every development point the employee proposes the solution: who does what by when, SMART.",
    "supportAgreements": "What help the employee expects: time, money, coaching, a project or a mentor.",
    "nextConversation": "The next conversation is planned now; the employee says how much time they need.",
    "evaluation": "How did the employee experience the conversation? Feedback is received openly.",
    "concluded": "The conversation is concluded; the plan is written up and approved by both sides.",
    "followUp": "Agreements are tracked; earlier agreements come first in the next conversation.",
    "strengths": "Talents, what gives energy and recent successes: developing from strength.",
    "progress": "How are the agreements of the last conversation going?",
    "whatNext": "The next step: adjust, finish, or start something new.",
    "rhythm": "Agree together how often and when the next conversations take place.",
    "dialogueOpening": "Welcome, purpose and ground rules of the session.",
    "dialogueAmbitions": "The organisation explains its ambitions and the outcomes of workforce planning.",
    "dialogueReflection": "In small groups: what do these ambitions mean for my work and my development?",
    "dialogueHarvest": "The groups share what they found.",
    "dialogueWishes": "Everyone writes down development wishes of their own, with a concrete first step.",
    "dialogueClosing": "Looking back, and what happens next."
  },
  "topic": {
    "roleSatisfaction": "Satisfaction with the role",
    "workloadCapacity": "Workload and capacity",
    "capacityGrowth": "Growth in knowledge, skills and experience",
    "competences": "Competences",
    "personalCircumstances": "Changes in personal circumstances",
    "internalMobility": "Internal mobility and task changes",
    "externalOrientation": "External orientation",
    "agreementFollowUp": "Follow-up of earlier agreements",
    "strengthsTalents": "Strengths and talents",
    "careerAmbitions": "Career ambitions",
    "employability": "Sustainable employability",
    "vitality": "Energy and vitality",
    "collaboration": "Collaboration and feedback",
    "organisationDirection": "The organisation's direction and what it means for the role",
    "learningBudget": "Development budget",
    "performanceRating": "Performance rating",
    "pay": "Pay and rewards"
  },
  "topicDescription": {
    "roleSatisfaction": "How the employee experiences the current role: what gives energy and what chafes.",
    "workloadCapacity": "Does what the work asks match what the employee can carry, now and later?",
    "capacityGrowth": "What the employee can take on now that knowledge, skills and experience grow.",
    "competences": "Which competences are strong and which the employee wants to develop further.",
    "personalCircumstances": "Changes at home or in life that the employee chooses to mention because they affect the work.",
    "internalMobility": "A different role or different tasks within the organisation.",
    "externalOrientation": "Exploring which roles outside the organisation would fit, to stay employable.",
    "agreementFollowUp": "How the agreements of the last conversation went.",
    "strengthsTalents": "What the employee is good at and gets energy from: developing from strength.",
    "careerAmbitions": "Where the employee wants to be in a few years and which steps lead there.",
    "employability": "Staying employable now and later, inside and outside the organisation.",
    "vitality": "Energy, balance and what the employee needs to keep up the work.",
    "collaboration": "Working with colleagues, and giving and receiving feedback.",
    "organisationDirection": "Where the organisation is heading and what that asks of this role.",
    "learningBudget": "What is left of the personal development budget and what to spend it on.",
    "performanceRating": "Rating performance belongs in the performance appraisal; this conversation looks ahead.",
    "pay": "Pay and rewards belong in the performance appraisal; this conversation looks ahead."
  },
  "focusArea": {
    "knowledge": "Knowledge",
    "skills": "Skills",
    "competences": "Competences"
  },
  "focusAreaDescription": {
    "knowledge": "What you know.",
    "skills": "What you can do.",
    "competences": "How you bring knowledge, skills and attitude together in your work."
  },
  "roleDescription": {
    "employee": "Holds the initiative: brings their own points and proposes their own solutions.",
    "manager": "Listens, summarises, asks open questions and brings in where the organisation is heading."
  },
  "conversationKindDescription": {
    "development": "Forward-looking conversation about personal and professional growth, recorded in a development plan.",
    "career": "Conversation about career steps: strengths, agreements in a plan and a follow-up rhythm.",
    "checkIn": "Short interim conversation: how are the agreements going and what is the next step?",
    "futureDialogue": "Group session in which employees translate the organisation's ambitions into development steps of their own."
  }
} satisfies Partial<Labels>;
