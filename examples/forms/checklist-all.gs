/**
 * OT Milestones checklist for families (every age)
 * Made by `otm template --format google-apps-script` from catalog otm-default 2027.1.0.
 *
 * How to use it:
 * 1. Open https://script.google.com, click "New project", delete what is in the editor and paste this file.
 * 2. Click Save, then Run (the function createOtmChecklistForm). Allow the script to create forms.
 * 3. The new form is in your Google Drive; its address is in the execution log.
 * 4. Do not change the questions' wording: otm reads the form's CSV export by its question texts.
 *    Download the answers (Responses > Download responses (.csv)) and run: otm report FILE.csv
 */
var OTM_FORM = {
  "title" : "OT Milestones checklist for families (every age)",
  "description" : "OT Milestones checklist for families",
  "childFields" : [ {
    "title" : "Child ID",
    "type" : "text"
  }, {
    "title" : "Child's name",
    "type" : "text"
  }, {
    "title" : "Date of birth",
    "type" : "date",
    "required" : true
  }, {
    "title" : "Weeks at birth",
    "type" : "weeks",
    "help" : "Weeks of pregnancy when your child was born (40 is on time). Leave it blank if you do not know.",
    "message" : "Write a number of weeks from 22 to 44.",
    "min" : 22,
    "max" : 44
  }, {
    "title" : "Assessment date",
    "type" : "date",
    "help" : "The day you fill in this form. Leave it blank for today."
  }, {
    "title" : "Completed by",
    "type" : "text"
  } ],
  "answers" : [ "Yes", "Sometimes", "Not yet", "Not sure" ],
  "checkpointQuestion" : {
    "title" : "Checklist age",
    "help" : "Choose the highest age your child has reached. If your baby was born before 37 weeks of pregnancy, count from the due date until 24 months."
  },
  "checkpoints" : [ {
    "age" : "3 months",
    "areas" : [ {
      "title" : "Checklist for 3 months: Using hands and fingers",
      "questions" : [ "Does your baby open their hands for short moments, not always in tight fists?", "When you put your finger in your baby's palm, do they hold on tight?", "Does your baby move both arms, not just one?" ]
    }, {
      "title" : "Checklist for 3 months: Eyes and hands working together",
      "questions" : [ "When you move around near your baby, do their eyes follow you?", "On their back, does your baby watch a toy you move slowly side to side?", "Does your baby hold their head in the middle to look at your face or a toy?", "On their back, does your baby try to reach a toy held over their chest?" ]
    }, {
      "title" : "Checklist for 3 months: Making sense of what they see",
      "questions" : [ "Does your baby look at your face?", "Does your baby look at a toy for several seconds?", "Does your baby like to look at bold patterns, like black-and-white stripes?", "Does your baby make steady eye contact with you?" ]
    }, {
      "title" : "Checklist for 3 months: Taking care of themselves",
      "questions" : [ "Does your baby suck and swallow well during feeds?", "Can your baby get through a feed without much coughing or choking?" ]
    }, {
      "title" : "Checklist for 3 months: Handling sights, sounds, and touch",
      "questions" : [ "Does your baby calm down when you talk to them or pick them up?", "Can rocking, gentle touch, or soft sounds soothe your baby?", "Does your baby seem to like gentle movement, like rocking?", "Does your baby react to loud sounds? They might jump, blink, or go still." ]
    } ]
  }, {
    "age" : "6 months",
    "areas" : [ {
      "title" : "Checklist for 6 months: Using hands and fingers",
      "questions" : [ "Does your baby hold on to a toy when you put it in their hand?", "Does your baby shake a toy they are holding, like a rattle?", "Does your baby bring both hands together in front of their body to play?", "Does your baby pick up a toy using their whole hand?", "Does your baby bring a hand to their mouth?" ]
    }, {
      "title" : "Checklist for 6 months: Eyes and hands working together",
      "questions" : [ "Does your baby swing an arm to hit at toys?", "When your baby sees a toy they want, do they reach out to grab it?", "Does your baby usually grab a toy on the first try?", "Does your baby use both hands together to hold and check out a toy?" ]
    }, {
      "title" : "Checklist for 6 months: Making sense of what they see",
      "questions" : [ "Does your baby look at their own hands with interest?", "Does your baby know people they see often, even from across the room?", "Does your baby like looking at themselves in a mirror?", "Do your baby's eyes look straight, without often crossing or drifting?" ]
    }, {
      "title" : "Checklist for 6 months: Taking care of themselves",
      "questions" : [ "Does your baby show you when they are full, like by closing their lips or turning away?", "While feeding, does your baby put a hand on the breast or bottle?", "When hungry, does your baby open their mouth at the sight of the breast or bottle?", "Does your baby open their mouth when a spoon of food comes near?" ]
    }, {
      "title" : "Checklist for 6 months: Handling sights, sounds, and touch",
      "questions" : [ "Does your baby stay calm with loud home sounds, like the vacuum?", "Is your baby mostly happy when they are not hungry or tired?", "Does your baby explore toys by putting them in their mouth?", "Does your baby enjoy bath time?", "Does your baby turn their head toward your voice?", "Does your baby get through most diaper changes without crying hard?" ]
    } ]
  }, {
    "age" : "9 months",
    "areas" : [ {
      "title" : "Checklist for 9 months: Using hands and fingers",
      "questions" : [ "Does your baby pass a toy from one hand to the other?", "Does your baby use their fingers like a rake to pull bits of food closer?", "Does your baby hold a small block with thumb and fingers, not squeezed in the palm?", "Does your baby hold a toy in each hand at the same time?" ]
    }, {
      "title" : "Checklist for 9 months: Eyes and hands working together",
      "questions" : [ "Does your baby bang two toys together in front of them?", "Does your baby reach for a small thing they spot, like a piece of cereal?", "When you slowly roll a toy toward your baby, do they reach out and grab it?", "Does your baby reach out with one hand to get a toy?" ]
    }, {
      "title" : "Checklist for 9 months: Making sense of what they see",
      "questions" : [ "When a toy drops out of sight, does your baby look for it?", "If a toy is partly hidden under a blanket, does your baby find it?" ]
    }, {
      "title" : "Checklist for 9 months: Taking care of themselves",
      "questions" : [ "Does your baby hold their own bottle or cup?", "Does your baby hold a big, soft cracker and chew on it?", "At meals, does your baby grab a spoon and play with it?", "Does your baby swallow mashed food from a spoon without pushing most of it back out?" ]
    }, {
      "title" : "Checklist for 9 months: Handling sights, sounds, and touch",
      "questions" : [ "Does your baby enjoy movement play, like bouncing on your knee?", "Does your baby like to touch toys that feel different, like soft, bumpy, or crinkly?", "Is your baby happy to play in many positions, like on the back or tummy?", "Does your baby explore a toy with both hands and their mouth?" ]
    } ]
  }, {
    "age" : "12 months",
    "areas" : [ {
      "title" : "Checklist for 12 months: Using hands and fingers",
      "questions" : [ "Does your baby pick up small things, like bits of food, between thumb and pointer finger?", "Does your baby poke at things with just their pointer finger?", "Does your baby let go of a toy on purpose, like to put it in your hand?", "Does your baby take things out of a box or cup one at a time?" ]
    }, {
      "title" : "Checklist for 12 months: Eyes and hands working together",
      "questions" : [ "Does your baby put a block or toy into a cup or box?", "Does your baby try to put one block on top of another, even if it falls?", "When you clap, does your baby try to clap too?" ]
    }, {
      "title" : "Checklist for 12 months: Making sense of what they see",
      "questions" : [ "Does your baby notice things far across the room, not just close up?", "Does your baby turn a toy over to look at it from all sides?", "If you hide a toy under a blanket while your baby watches, do they look for it?", "When your baby sees a toy across the room, do they crawl or scoot over to get it?", "Does your baby copy simple actions they see, like waving bye-bye?" ]
    }, {
      "title" : "Checklist for 12 months: Taking care of themselves",
      "questions" : [ "Does your baby drink from a cup with no lid while you hold it?", "Does your baby pick up a spoon by its handle?", "Does your baby eat mashed foods with small, soft lumps?" ]
    }, {
      "title" : "Checklist for 12 months: Handling sights, sounds, and touch",
      "questions" : [ "Does your baby enjoy listening to songs and music?", "Does your baby explore toys with their hands, fingers, and mouth?", "Does your baby eat foods that feel different, like smooth, lumpy, or soft pieces?", "When upset, does your baby calm down with a cuddle or the voice of someone they know?" ]
    } ]
  }, {
    "age" : "15 months",
    "areas" : [ {
      "title" : "Checklist for 15 months: Using hands and fingers",
      "questions" : [ "Does your child turn the thick pages of a board book, even a few at once?", "Does your child stack one block on top of another?", "Does your child make marks with a crayon held in their fist?", "Does your child clap their hands when excited?" ]
    }, {
      "title" : "Checklist for 15 months: Eyes and hands working together",
      "questions" : [ "Does your child roll a ball back to you?", "After you scribble on paper, does your child try to scribble too?" ]
    }, {
      "title" : "Checklist for 15 months: Making sense of what they see",
      "questions" : [ "When you name a familiar thing, like \"ball\", does your child look at it?", "Does your child try to use things the right way, like a cup, a phone, or a book?" ]
    }, {
      "title" : "Checklist for 15 months: Taking care of themselves",
      "questions" : [ "Does your child feed themselves some foods with their fingers?", "Does your child eat soft, chopped foods from the family table?" ]
    } ]
  }, {
    "age" : "18 months",
    "areas" : [ {
      "title" : "Checklist for 18 months: Using hands and fingers",
      "questions" : [ "Does your child pick up two small blocks with one hand?" ]
    }, {
      "title" : "Checklist for 18 months: Eyes and hands working together",
      "questions" : [ "Does your child scribble with a crayon on their own?", "Does your child throw a ball forward, even a short way?" ]
    }, {
      "title" : "Checklist for 18 months: Making sense of what they see",
      "questions" : [ "Does your child look at a few pages of a picture book with you?", "Does your child copy you doing chores, like sweeping or wiping the table?" ]
    }, {
      "title" : "Checklist for 18 months: Taking care of themselves",
      "questions" : [ "Does your child pull off their socks?", "When you dress your child, do they help, like by pushing an arm through a sleeve?", "Does your child try to eat with a spoon, even if food spills?", "Does your child drink from a cup with no lid by themselves, even with a few spills?", "Does your child hold out their hands for you to wash them?", "Does your child drink from a straw?", "Does your child take off easy things, like a hat or open shoes?" ]
    }, {
      "title" : "Checklist for 18 months: Handling sights, sounds, and touch",
      "questions" : [ "Is your child eating more and more kinds of food?", "Is your child OK with messy play, like water, sand, or food on their hands?", "Does your child react to very hot or very cold things, like pulling away from cold water?" ]
    } ]
  }, {
    "age" : "2 years",
    "areas" : [ {
      "title" : "Checklist for 2 years: Using hands and fingers",
      "questions" : [ "Does your child hold a box in one hand and take off the lid with the other?", "Does your child try to work the buttons, knobs, or switches on toys?", "Does your child stack 4 or more blocks into a tower?", "Does your child put rings onto the pole of a stacking toy?" ]
    }, {
      "title" : "Checklist for 2 years: Eyes and hands working together",
      "questions" : [ "Does your child draw or paint with big strokes that move the whole arm?", "Does your child drop small things into a slot or a bottle?", "Does your child play with two toys together, like putting toy food on a toy plate?" ]
    }, {
      "title" : "Checklist for 2 years: Making sense of what they see",
      "questions" : [ "When you ask \"Where is the dog?\", does your child point to it in a book?", "Does your child seem to know it is them in a mirror or a photo?" ]
    }, {
      "title" : "Checklist for 2 years: Taking care of themselves",
      "questions" : [ "Does your child eat with a spoon and get most of the food into their mouth?", "Does your child help wash their hands at the sink?", "Does your child try to brush their teeth before you finish the job?", "After washing, does your child dry their hands with a towel?" ]
    }, {
      "title" : "Checklist for 2 years: Handling sights, sounds, and touch",
      "questions" : [ "Does your child enjoy playground swings or being gently swung?", "Does your child touch and play with grass or sand, maybe after a few tries?", "Can your child calm down after being upset, with your help and maybe a favorite blanket or toy?" ]
    } ]
  }, {
    "age" : "30 months",
    "areas" : [ {
      "title" : "Checklist for 30 months: Using hands and fingers",
      "questions" : [ "Does your child twist things with their hands, like a doorknob or a jar lid?", "Does your child turn book pages one at a time?", "Does your child build a tower of about 6 blocks?", "Does your child take the wrapper off a snack or a small gift?" ]
    }, {
      "title" : "Checklist for 30 months: Eyes and hands working together",
      "questions" : [ "Does your child put big pegs into the holes of a pegboard?", "Does your child scribble round and round in circles?" ]
    }, {
      "title" : "Checklist for 30 months: Making sense of what they see",
      "questions" : [ "Does your child fit a square block into a square hole?", "Does your child fit a round shape into the round hole of a shape sorter?", "Does your child know at least one color, like pointing to the red crayon when you ask?" ]
    }, {
      "title" : "Checklist for 30 months: Taking care of themselves",
      "questions" : [ "After you pull a shirt over their head, does your child push their arms through?", "Does your child help pull their pants down?", "Does your child take off some clothes alone, like loose pants or an open jacket?", "Does your child wash and dry their hands without help?" ]
    } ]
  }, {
    "age" : "3 years",
    "areas" : [ {
      "title" : "Checklist for 3 years: Using hands and fingers",
      "questions" : [ "Does your child put large beads or macaroni onto a string?", "Does your child work play dough with their fingers, like squeezing it or pulling it apart?" ]
    }, {
      "title" : "Checklist for 3 years: Eyes and hands working together",
      "questions" : [ "After you show them how, does your child draw a circle?", "After watching you draw a line from side to side, does your child draw one too?", "Does your child make small snips in paper with child-safe scissors?", "After watching you draw a line from top to bottom, does your child draw one too?", "After you show them, does your child line up blocks in a row like a train?" ]
    }, {
      "title" : "Checklist for 3 years: Making sense of what they see",
      "questions" : [ "Does your child match shapes that are the same, like a circle with a circle?", "When you ask, does your child show you which one is big and which is little?", "Does your child match a toy to a picture of the same thing?", "Does your child copy a short color pattern in a block tower, like red, blue, red?", "Does your child finish a 3-piece shape puzzle, with a circle, square, and triangle?", "Is your child starting to sort things, like putting all the red blocks together?", "Does your child find a toy hidden under two or three cloths?" ]
    }, {
      "title" : "Checklist for 3 years: Taking care of themselves",
      "questions" : [ "Does your child put on some clothes alone, like loose pants or a jacket?", "Does your child use a fork to eat?", "Does your child drink from an open cup with little or no spilling?", "Does your child show they may be ready for the potty, like telling you they need to go?", "Does your child wipe their own face or hands with a napkin?" ]
    }, {
      "title" : "Checklist for 3 years: Handling sights, sounds, and touch",
      "questions" : [ "Does your child show you when they get hurt, like by crying or coming to you?", "Does your child join in messy play, like finger paint, slime, or mud?", "Does your child wear different kinds of clothes without much fuss?", "Does your child eat many kinds of food, like crunchy, soft, warm, and cold?", "Can your child handle small changes in the daily routine?", "After you leave, like at daycare, does your child calm down within about 10 minutes?", "Has your child mostly stopped putting things that are not food in their mouth?" ]
    } ]
  }, {
    "age" : "4 years",
    "areas" : [ {
      "title" : "Checklist for 4 years: Using hands and fingers",
      "questions" : [ "Does your child hold a crayon or pencil between fingers and thumb, not in a fist?", "Does your child build a tower of 9 or more small blocks?", "When drawing or cutting, does your child hold the paper still with the other hand?", "Can your child thread 12 or more beads onto a string?" ]
    }, {
      "title" : "Checklist for 4 years: Eyes and hands working together",
      "questions" : [ "When your child draws a person, does it have 3 or more body parts?", "Does your child catch a large ball most of the time?", "After watching you, can your child build a bridge out of 3 blocks?", "Can your child copy a circle from a picture, without watching you draw it first?" ]
    }, {
      "title" : "Checklist for 4 years: Making sense of what they see",
      "questions" : [ "Does your child name a few colors?", "Does your child sort toys by how they look, like by color or by shape?" ]
    }, {
      "title" : "Checklist for 4 years: Taking care of themselves",
      "questions" : [ "Can your child undo some buttons?", "With you watching, can your child serve themselves, like scooping food or pouring water?", "Can your child put on a T-shirt with only a little help?", "Can your child put on their own shoes, even if they end up on the wrong feet?", "Once you start the zipper, can your child zip their jacket up and down?", "Does your child use the toilet in the daytime with only a few accidents?" ]
    }, {
      "title" : "Checklist for 4 years: Handling sights, sounds, and touch",
      "questions" : [ "Does your child get through tooth brushing, hair washing, and nail trims without a big meltdown? Some complaining is normal.", "Does your child eat many kinds of food without a struggle?", "Does your child avoid danger, like not jumping from high places at the playground?", "Does your child enjoy active play, like climbing, swinging, or safe play wrestling?", "Can your child play in a busy, noisy room without getting too upset?" ]
    } ]
  }, {
    "age" : "5 years",
    "areas" : [ {
      "title" : "Checklist for 5 years: Using hands and fingers",
      "questions" : [ "Can your child touch each fingertip to their thumb, one after the other?", "Does your child hold a pencil with thumb and two fingers? The whole hand may still move.", "Can your child weave a string in and out of the holes on a lacing card?", "Can your child fold a paper in half and press the fold flat?" ]
    }, {
      "title" : "Checklist for 5 years: Eyes and hands working together",
      "questions" : [ "Can your child cut a piece of paper into two pieces?", "Can your child cut out a circle and stay near the line?", "Does your child write some letters of their name?", "Can your child join the dots in a simple dot-to-dot picture?", "After watching you build a gate from 5 blocks, can your child build one too?", "Can your child cut along a straight line and stay close to it?", "Can your child copy a plus sign (+) from a picture?", "Can your child trace over a thick line with a crayon?", "Can your child copy a square with four clear corners?" ]
    }, {
      "title" : "Checklist for 5 years: Making sense of what they see",
      "questions" : [ "Does your child tell you if two pictures are the same or different?", "Does your child name some letters when you point to them?", "Does your child name some numbers from 1 to 5 when you point to them?", "Does your child name at least 4 colors the right way?", "Does your child find the way through a simple maze on paper?", "Does your child put 3 picture cards in order to tell a story?", "Does your child finish a simple puzzle with 4 to 6 pieces?" ]
    }, {
      "title" : "Checklist for 5 years: Taking care of themselves",
      "questions" : [ "Can your child do up some buttons?", "Does your child put clothes on with the front at the front?", "Can your child put on socks the right way, with the heel at the back?", "Can your child start and close a jacket zipper by themselves?", "Can your child use the toilet alone, including wiping and pulling up their pants?", "Does your child do simple chores, like matching socks or clearing their plate?" ]
    }, {
      "title" : "Checklist for 5 years: Handling sights, sounds, and touch",
      "questions" : [ "Does your child join in crafts with glue, paint, or other wet, sticky things?", "Can your child calm down on their own after something upsetting?", "Can your child cope when plans change suddenly, maybe with a little help?", "Can your child pay attention to an activity for 5 to 10 minutes?", "Can your child keep playing through small sounds that others hardly notice?" ]
    } ]
  }, {
    "age" : "6 years",
    "areas" : [ {
      "title" : "Checklist for 6 years: Using hands and fingers",
      "questions" : [ "When your child writes, do their fingers move the pencil, not the whole arm?", "Can your child tie a simple knot?", "Does your child almost always use the same hand to draw, eat, or cut?" ]
    }, {
      "title" : "Checklist for 6 years: Eyes and hands working together",
      "questions" : [ "Can your child copy a triangle?", "Can your child write their first name without copying it?", "Can your child copy most capital and small letters?", "Does your child mostly color inside the lines?", "Can your child cut out simple shapes, like a square or a triangle?", "Can your child copy \"stairs\" built from 6 blocks?", "When your child draws a person, does it have about 6 or more body parts?", "Can your child copy an X made of two slanted lines?" ]
    }, {
      "title" : "Checklist for 6 years: Making sense of what they see",
      "questions" : [ "Does your child finish a jigsaw puzzle of about 20 pieces?", "Does your child know all the letters by sight, both capital and small?", "Does your child spot what is not the same in two pictures that look almost alike?", "Does your child find hidden things in a busy picture, like in \"I Spy\" books?", "Does your child line up 3 or more things from smallest to biggest?" ]
    }, {
      "title" : "Checklist for 6 years: Taking care of themselves",
      "questions" : [ "Can your child get dressed alone, except for shoelaces or hard buttons?", "Does your child eat with a fork and spoon, and sometimes a table knife?", "Does your child brush their teeth with just reminders and a check from you?", "Does your child put shoes on the correct feet?", "Is your child starting to learn to tie shoelaces?", "Can your child spread butter or jam with a child's knife?" ]
    }, {
      "title" : "Checklist for 6 years: Handling sights, sounds, and touch",
      "questions" : [ "Is your child at ease with most touch, sounds, and smells in daily life?" ]
    } ]
  }, {
    "age" : "7 years",
    "areas" : [ {
      "title" : "Checklist for 7 years: Using hands and fingers",
      "questions" : [ "Can your child flip a pencil around in one hand to use the eraser?", "Holding a few coins in one hand, can your child move each one to the fingertips?", "Does your child write with an easy, grown-up pencil grip, letting the fingers do the work?" ]
    }, {
      "title" : "Checklist for 7 years: Eyes and hands working together",
      "questions" : [ "Can your child copy a diamond shape (◇)?", "Can your child cut around harder shapes, like a star or an animal?", "Can your child write their first and last name?", "On lined paper, do your child's letters mostly sit on the line?", "Can your child write all the letters, capital and small, from memory?" ]
    }, {
      "title" : "Checklist for 7 years: Making sense of what they see",
      "questions" : [ "Does your child know left from right on their own body, like showing their right hand?", "Does your child tell b and d apart most of the time?", "Does your child copy a few words from a card or the board without losing their place?" ]
    }, {
      "title" : "Checklist for 7 years: Taking care of themselves",
      "questions" : [ "Can your child tie their shoelaces in a bow?", "Can your child fasten clothes that close at the back, like a back zipper or buttons?", "Can your child cut soft food using a knife and fork together?", "With only reminders, can your child wash, brush teeth, and get dressed in the morning?", "Does your child stay dry at night most nights?" ]
    }, {
      "title" : "Checklist for 7 years: Handling sights, sounds, and touch",
      "questions" : [ "Can your child keep working in a noisy room, like at school, without getting very upset?", "Does your child use the right amount of force, like writing without breaking the pencil tip?", "Does your child tell you when they are hungry, tired, too hot, or need the toilet?", "Does your child get through haircuts, nail trims, and tooth brushing with little fuss?" ]
    } ]
  } ],
  "general" : {
    "title" : "For every child",
    "answers" : [ "Yes", "No" ],
    "questions" : [ "Has your child stopped doing something they used to be able to do?", "Are you worried about how your child is developing? Or is a teacher or caregiver worried?", "Does your child use one side of the body much less than the other side? In babies under 18 months, this can look like always using the same hand.", "Does your child's body often feel very stiff or very floppy?", "Do you see any warning signs in your child's eyes? These include eyes that shake, or a dark center of the eye that looks white or gray. After 4 months, eyes that often turn in or out are also a sign." ]
  },
  "senses" : {
    "title" : "How your child handles the senses: does your child often...",
    "answers" : [ "Yes", "No", "Not sure" ],
    "questions" : [ "Does your child often cover their ears or get very upset at everyday sounds, like a vacuum cleaner or a hand dryer?", "Does your child often fight hair washing, hair brushing or nail cutting much more than other children?", "Does your child often gag on food because of how it feels, like lumpy or mixed foods?", "Does your child often get very upset when their hands get messy, like with paint, sand or food?", "Does your child often get very upset by clothes tags, socks or some fabrics?", "Does your child often bang their head or hit things hard on purpose?", "Does your child often crash into furniture or people on purpose, much more than other children?", "Does your child often spin or rock for a long time without getting dizzy?", "Does your child often not seem to notice getting hurt, like a bump or a scrape?", "Does your child often put toys and other things in their mouth?", "Does your child often move all the time, even during a short story or a meal?" ]
  }
};

function createOtmChecklistForm() {
  var data = OTM_FORM;
  var form = FormApp.create(data.title);
  form.setDescription(data.description);
  data.childFields.forEach(function (field) {
    var item = field.type === 'date' ? form.addDateItem() : form.addTextItem();
    item.setTitle(field.title);
    if (field.help) { item.setHelpText(field.help); }
    if (field.required) { item.setRequired(true); }
    if (field.type === 'weeks') {
      item.setValidation(FormApp.createTextValidation().setHelpText(field.message)
          .requireNumberBetween(field.min, field.max).build());
    }
  });
  var ageItem = data.checkpoints.length > 1 ? form.addMultipleChoiceItem() : null;
  var firstPages = [];
  data.checkpoints.forEach(function (checkpoint, c) {
    checkpoint.areas.forEach(function (area, a) {
      var page = form.addPageBreakItem().setTitle(area.title);
      if (a === 0) { firstPages.push(page); }
      area.questions.forEach(function (question) {
        form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.answers);
      });
    });
  });
  var generalPage = form.addPageBreakItem().setTitle(data.general.title);
  data.general.questions.forEach(function (question) {
    form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.general.answers);
  });
  if (data.senses) {
    form.addPageBreakItem().setTitle(data.senses.title);
    data.senses.questions.forEach(function (question) {
      form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.senses.answers);
    });
  }
  if (ageItem) {
    // After one age's last page, skip the other ages and go on to the questions for every child.
    firstPages.forEach(function (page, c) { if (c > 0) { page.setGoToPage(generalPage); } });
    ageItem.setTitle(data.checkpointQuestion.title).setHelpText(data.checkpointQuestion.help)
        .setRequired(true)
        .setChoices(data.checkpoints.map(function (checkpoint, c) {
          return ageItem.createChoice(checkpoint.age, firstPages[c]);
        }));
  }
  Logger.log('Form made. Edit it at ' + form.getEditUrl() + ' and send families ' + form.getPublishedUrl());
}
